"""A fixed-date holiday names a calendar day ("crashed on Christmas Day" is December 25),
in the year that puts it nearest the day of publication; a holiday that only describes
a thing ("a Christmas truce") names no day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from pipeline.dates import resolve_date
from schemas import ExtractedArticle


@pytest.mark.parametrize(("sentence", "published", "iso"), [
    ("The airliner crashed near Aktau on Christmas Day.", "2024-12-29", "2024-12-25"),
    ("Gunmen attacked the church on Christmas Eve.", "2025-01-02", "2024-12-24"),
    ("Supplies were cut on New Year’s Day.", "2009-01-08", "2009-01-01"),
    ("Gazprom said it would halt deliveries from New Year's Day.", "2024-12-28",
     "2025-01-01"),
])
def test_a_holiday_names_its_day(sentence: str, published: str, iso: str) -> None:
    res = resolve_date(sentence, published=date.fromisoformat(published))
    assert res is not None and (res.date, res.precision) == (iso, "day")


def test_a_holiday_word_alone_names_no_day() -> None:
    assert resolve_date("The leaders discussed a Christmas truce.",
                        published=date(2024, 12, 20)) is None


def test_an_event_on_a_holiday_takes_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Finnish police detained the crew of a tanker on Thursday.\n\n"
                    "Saboteurs cut an undersea power cable to Estonia on Christmas Day, "
                    "police said.", published="2024-12-27")
    assert {e.date for e in out.events if e.trigger == "cut"} == {"2024-12-25"}


def test_a_holiday_far_ahead_is_last_years() -> None:
    # as "on December 25" is read: a June report's Christmas Day is last December's
    r = resolve_date("The plane crashed on Christmas Day.", published=date(2020, 6, 30))
    assert r is not None and r.date == "2019-12-25"
