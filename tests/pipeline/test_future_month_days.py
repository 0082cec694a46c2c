"""A month and day in a clause about the future is the coming one, however far ahead;
past narrative keeps the latest one before publication."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import resolve_date

PUB = date(2024, 5, 10)  # a Friday


def _iso(sentence: str, published: date = PUB) -> str | None:
    found = resolve_date(sentence, published=published)
    return found.date if found else None


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The United States would impose tariffs on Chinese steel on August 1.", "2024-08-01"),
    ("Armenia called a snap election set for September 6.", "2024-09-06"),
    ("Russia will hold talks with China on August 20.", "2024-08-20"),
    ("Russia would hold talks with China on August 20, the Kremlin said.", "2024-08-20"),
    ("The two leaders are due to meet in Geneva on October 3.", "2024-10-03"),
    ("Protesters vowed to march on parliament on November 4.", "2024-11-04"),
])
def test_a_day_in_a_future_clause_is_the_coming_one(sentence: str, iso: str) -> None:
    assert _iso(sentence) == iso


def test_a_january_day_in_a_december_plan_is_next_year() -> None:
    assert _iso("Talks will resume on January 10.", date(2024, 12, 20)) == "2025-01-10"


@pytest.mark.parametrize(("sentence", "iso"), [
    # the saying is dated, not the plan it reports
    ("Russia said on August 20 it will hold talks.", "2023-08-20"),
    # the future is in another clause
    ("Putin, who was elected on August 20, will visit China.", "2023-08-20"),
    ("Israel struck Gaza on August 20, and Hamas will respond.", "2023-08-20"),
    ("The two countries signed a pact on December 7 under which Australia will train "
     "police.", "2023-12-07"),
    ('"We will fight," he told reporters on August 20.', "2023-08-20"),
    # a "would" of past narrative or refusal is no plan
    ("Police would not confirm the arrests on August 20.", "2023-08-20"),
    ("Russia would later claim the attack on August 20 was staged.", "2023-08-20"),
    # a day already past this year stays this year's, whatever the tense
    ("The ministers will meet again, having met on March 3.", "2024-03-03"),
    ("Talks resumed on January 10.", "2024-01-10"),
    ("The league will review the match played on August 20.", "2023-08-20"),
    ("The opposition will contest the vote held on September 6.", "2023-09-06"),
])
def test_a_day_outside_a_future_clause_keeps_its_past_reading(sentence: str,
                                                              iso: str) -> None:
    assert _iso(sentence, date(2024, 12, 20) if "January" in sentence else PUB) == iso
