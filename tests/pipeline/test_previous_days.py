""""The previous day" is the day before the narrative's day, "a night after" the day
after it; a clause after "a night after" happened the day before the main clause's."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.date_gaps import gap_before
from pipeline.dates import resolve_date

PUB = date(2024, 5, 10)  # a Friday
TOLD = date(2024, 5, 7)  # the day the story last named


def _iso(sentence: str) -> str | None:
    found = resolve_date(sentence, published=PUB, previous=TOLD)
    return found.date if found else None


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The previous day, Israeli jets struck Gaza.", "2024-05-06"),
    ("Moreno had moved the seat of government to Guayaquil the previous day.", "2024-05-06"),
    ("Police said the two men were arrested the previous night.", "2024-05-06"),
    ("Police detained 40 protesters on Wednesday and freed them the previous evening.",
     "2024-05-08"),
    ("The previous day's talks in Doha ended without a deal.", "2024-05-06"),
    ("A night after, police cleared the square.", "2024-05-08"),
    ("A night later, troops withdrew from the town.", "2024-05-08"),
])
def test_the_previous_day_and_a_night_after_count_from_the_day_told(sentence: str,
                                                                    iso: str) -> None:
    assert _iso(sentence) == iso


@pytest.mark.parametrize("sentence", [
    "The previous government imposed sanctions on Iran.",
    "Delegates reviewed the previous day-long session of talks.",
    "Stocks fell for the previous three days.",
    "Rain fell night after night in the capital.",
    "The team won the previous season's title.",
    "Did the previous talks fail?",
    "The previous week's strikes hit Kharkiv.",
    "Police patrolled every night after the riots.",
])
def test_other_uses_of_previous_and_night_name_no_day(sentence: str) -> None:
    found = resolve_date(sentence, published=PUB, previous=TOLD)
    assert found is None or found.precision != "day"


def test_a_clause_after_a_night_after_happened_the_day_before() -> None:
    s = ("Hong Kong withdrew riot police from the streets on Monday, a night after "
         "officers fired tear gas at tens of thousands of people.")
    gap = gap_before(s, s.index("fired"))
    assert gap is not None and gap.days == -1
