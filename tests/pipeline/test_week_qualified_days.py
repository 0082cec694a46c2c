"""A weekday qualified by a week ("on Tuesday last week", "Monday of this week", "Last
Tuesday, ...") is a day of that week, not the week itself nor the latest such weekday."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pipeline.dates import resolve_date
from schemas import ExtractedArticle

FRIDAY = date(2025, 3, 14)


def _day(text: str, published: date = FRIDAY) -> str | None:
    res = resolve_date(text, published=published)
    return res.date if res is not None and res.precision == "day" else None


def test_a_weekday_of_last_week_is_in_the_calendar_week_before() -> None:
    assert _day("Rebels crossed the border on Tuesday last week.") == "2025-03-04"
    assert _day("Rebels crossed the border on Tuesday of last week.") == "2025-03-04"


def test_a_weekday_of_this_week_is_in_the_publication_s_week() -> None:
    assert _day("On Monday of this week, the envoy arrived in Juba.") == "2025-03-10"


def test_last_opening_a_sentence_is_still_last() -> None:
    assert _day("Last Friday, police detained 12 protesters.") == "2025-03-07"


def test_last_weekday_alone_is_the_latest_one_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    assert _day("Police detained 12 protesters last Tuesday.") == "2025-03-11"
    out = code_text("Police detained 12 protesters on Tuesday, and the ministry said last "
                    "week that it would ban marches.", published=FRIDAY.isoformat())
    assert {e.date for e in out.events if e.type == "COERCE"} == {"2025-03-11"}


def test_a_week_phrase_apart_from_the_weekday_stays_a_week() -> None:
    res = resolve_date("The ministry said last week that talks opened on Tuesday.",
                       published=FRIDAY)
    assert res is not None and res.text == "last week"


def test_the_event_takes_the_weekday_of_last_week(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad's foreign ministry said on Thursday last week that it was gravely "
                    "concerned about the arrests of activists.", published="2025-03-12")
    assert {e.date for e in out.events} == {"2025-03-06"}
