"""A weekday on a plan as the report found it ("were due to sign the deal on Tuesday",
"the tariffs, which take effect on Thursday") is the coming one; a past or reported act's
weekday stays the latest one before publication."""

from __future__ import annotations

from datetime import date

from pipeline.dates import resolve_date

WEDNESDAY = date(2025, 3, 12)


def _day(text: str) -> str | None:
    res = resolve_date(text, published=WEDNESDAY)
    return res.date if res is not None else None


def test_was_due_to_points_forward() -> None:
    assert _day("Negotiators were due to sign the accord in Ankara on Friday.") == "2025-03-14"
    assert _day("The envoy was expected to arrive in Juba on Thursday.") == "2025-03-13"


def test_taking_effect_points_forward() -> None:
    assert _day("The duties, which take effect on Thursday, cover steel.") == "2025-03-13"


def test_a_past_taking_effect_stays_past() -> None:
    assert _day("The duties took effect on Thursday.") == "2025-03-06"


def test_the_day_of_a_report_on_a_plan_stays_past() -> None:
    assert _day("The ministry said on Monday the accord was due to be signed soon.") \
        == "2025-03-10"
