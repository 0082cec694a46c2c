"""A period ("last week", "earlier this week", "in March") names no day: an event dated
only by one takes the latest day, inside the period and not after publication, that its
sentence or the story's recent sentences name. With no such day, or for a period still to
come, the period's own coarse date stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pipeline.dates import DateResolution
from pipeline.period_days import day_in_period
from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday
FRIDAY = date(2025, 3, 14)


def _week(text: str) -> DateResolution:
    return DateResolution("2025-03-01", text, "month")


def test_last_week_takes_a_day_named_inside_it() -> None:
    named = [date(2025, 3, 5), date(2025, 3, 12), date(2025, 3, 14)]
    assert day_in_period(_week("last week"), FRIDAY, named) == date(2025, 3, 5)
    assert day_in_period(_week("this week"), FRIDAY, named) == date(2025, 3, 14)
    # "earlier this week" is before the day of publication
    assert day_in_period(_week("earlier this week"), FRIDAY, named) == date(2025, 3, 12)


def test_a_day_the_sentence_names_comes_before_one_the_story_named() -> None:
    assert day_in_period(_week("this week"), FRIDAY, [date(2025, 3, 11)],
                         [date(2025, 3, 13)]) == date(2025, 3, 11)
    assert day_in_period(_week("this week"), FRIDAY, [], [date(2025, 3, 13)]) \
        == date(2025, 3, 13)


def test_a_period_with_no_day_named_inside_it_stays_coarse() -> None:
    assert day_in_period(_week("last week"), FRIDAY, [date(2025, 3, 12)]) is None
    assert day_in_period(_week("last week"), FRIDAY, []) is None


def test_a_period_to_come_or_a_day_takes_nothing() -> None:
    named = [date(2025, 3, 12)]
    assert day_in_period(_week("next week"), FRIDAY, named) is None
    assert day_in_period(_week("later this week"), FRIDAY, named) is None
    assert day_in_period(DateResolution("2025-03-12", "Wednesday", "day"), FRIDAY,
                         named) is None


def test_a_month_takes_a_day_named_inside_it_never_one_after_publication() -> None:
    month = DateResolution("2025-03-01", "in March", "month")
    assert day_in_period(month, FRIDAY, [date(2025, 2, 27), date(2025, 3, 3)]) \
        == date(2025, 3, 3)
    assert day_in_period(month, FRIDAY, [date(2025, 3, 20)]) is None


def test_an_event_of_last_week_is_on_the_day_its_sentence_names(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chile last week recalled its ambassador to Peru after Lima expelled "
                    "two Chilean diplomats on March 5.", published=PUB)
    assert dates_by_trigger(out, "recall") == {"2025-03-05"}


def test_an_event_of_last_week_alone_keeps_its_coarse_date(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chile recalled its ambassador to Peru last week.", published=PUB)
    assert dates_by_trigger(out, "recall") == {"2025-03-01"}
