""""Overnight" dates an act to the report's day only when no day is named with it: "overnight
on Friday" is Friday, and "a 10-day overnight curfew" is a kind of curfew, not a day."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import resolve_date

PUB = date(2024, 5, 10)  # a Friday


def _iso(sentence: str, trigger: str) -> str | None:
    found = resolve_date(sentence, published=PUB, near=sentence.index(trigger))
    return found.date if found else None


@pytest.mark.parametrize(("sentence", "trigger", "iso"), [
    ("Russian drones struck Kyiv overnight on Wednesday, killing three.", "struck",
     "2024-05-08"),
    ("The opposition leader was detained overnight Wednesday near the border.", "detained",
     "2024-05-08"),
    ("Rebels shelled the town overnight on May 3.", "shelled", "2024-05-03"),
    ("Thailand imposed a 10-day overnight curfew on May 1 in the south.", "imposed",
     "2024-05-01"),
    ("The army imposed a dusk-to-dawn overnight curfew on Wednesday.", "imposed",
     "2024-05-08"),
])
def test_a_day_named_with_overnight_dates_the_act(sentence: str, trigger: str,
                                                  iso: str) -> None:
    assert _iso(sentence, trigger) == iso


@pytest.mark.parametrize(("sentence", "trigger", "iso"), [
    # no day named with it: the night before the report
    ("Rebels attacked the town overnight.", "attacked", "2024-05-10"),
    ("Russia launched 40 drones overnight, Ukraine said.", "launched", "2024-05-10"),
    # the day named belongs to the saying, not the night
    ("Drones struck Kyiv overnight, officials said on Wednesday.", "struck", "2024-05-10"),
    # the night named by the day it ends on
    ("Drones struck Kyiv overnight into Wednesday.", "struck", "2024-05-08"),
    ("Talks in the capital went on overnight.", "Talks", "2024-05-10"),
])
def test_overnight_alone_is_the_report_s_night(sentence: str, trigger: str, iso: str) -> None:
    assert _iso(sentence, trigger) == iso


@pytest.mark.parametrize("sentence", [
    "Police imposed an overnight curfew.",
    "The army imposed a dusk-to-dawn overnight curfew.",
    "Police ordered a 12-hour overnight curfew in the city.",
])
def test_overnight_as_a_kind_of_curfew_is_no_day(sentence: str) -> None:
    assert resolve_date(sentence, published=PUB) is None



@pytest.mark.parametrize(("sentence", "trigger"), [
    # after "Israel struck Rafah on Tuesday.": a numbered or hyphenated "overnight" attack
    # is still last night's attack, not the sentence before's day; only a curfew, ban or
    # closure so modified is a kind of measure
    ("Russia launched a 40-drone overnight attack on Kharkiv.", "launched"),
    ("Russia struck Kyiv in a large-scale overnight attack, Ukraine said.", "struck"),
    ("Russia launched a two-wave overnight assault on Kharkiv, killing 5.", "launched"),
])
def test_a_modified_overnight_attack_is_the_report_s_night(sentence: str, trigger: str) -> None:
    found = resolve_date(sentence, published=PUB, near=sentence.index(trigger),
                         previous=date(2024, 5, 7))
    assert found is not None and found.date == "2024-05-10"


def test_a_modified_overnight_curfew_keeps_the_day_before() -> None:
    sentence = "Myanmar's army imposed a two-week overnight curfew in Yangon."
    found = resolve_date(sentence, published=PUB, previous=date(2024, 5, 7))
    assert found is None or found.date != "2024-05-10"
