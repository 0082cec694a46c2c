"""Date phrases resolved against the publication date (or a dateline when there is none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from pipeline.dates import DateResolution, first_full_date, resolve_date
from schemas import ExtractedArticle

PUB = date(2025, 7, 23)  # a Wednesday


def _r(text: str, published: date | None = PUB, **kw: object) -> DateResolution | None:
    return resolve_date(text, published=published, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "iso", "precision", "phrase"), [
    ("Talks were held on Wednesday, July 23, 2025 in Istanbul.", "2025-07-23", "day",
     "Wednesday, July 23, 2025"),
    ("The deal was signed July 23, 2025.", "2025-07-23", "day", "July 23, 2025"),
    ("The deal was signed on 23 July 2025.", "2025-07-23", "day", "23 July 2025"),
    ("They failed to show up on June 7.", "2025-06-07", "day", "June 7"),
    ("Delegates met on Tuesday.", "2025-07-22", "day", "Tuesday"),
    ("Delegates met on Wednesday.", "2025-07-23", "day", "Wednesday"),
    ("Delegates met last Thursday.", "2025-07-17", "day", "last Thursday"),
    # the day before publication would be "on Tuesday": "last Tuesday" is the week before
    ("Delegates met last Tuesday.", "2025-07-15", "day", "last Tuesday"),
    ("after Saturday's clashes", "2025-07-19", "day", "Saturday's"),
    ("Officials said yesterday that talks failed.", "2025-07-22", "day", "yesterday"),
    ("The ministry confirmed it today.", "2025-07-23", "day", "today"),
    ("It happened two days ago.", "2025-07-21", "day", "two days ago"),
    ("Earlier this month, the army struck.", "2025-07-01", "month", "Earlier this month"),
    ("They met last month.", "2025-06-01", "month", "last month"),
    ("The two sides met last week.", "2025-07-01", "month", "last week"),
    ("In 2023, troops withdrew.", "2023-01-01", "year", "In 2023"),
    ("since it broke off ties in 2012", "2012-01-01", "year", "in 2012"),
    ("its invasion of Ukraine in February 2022", "2022-02-01", "month", "February 2022"),
    ("the attack on Oct 7, 2023", "2023-10-07", "day", "Oct 7, 2023"),
    ("Parliament met in May.", "2025-05-01", "month", "in May"),
])
def test_phrases(sentence: str, iso: str, precision: str, phrase: str) -> None:
    res = _r(sentence)
    assert res == DateResolution(iso, phrase, precision)


def test_month_day_after_publication_means_last_year() -> None:
    res = _r("The talks ended on December 28.", published=date(2025, 1, 5))
    assert res is not None and res.date == "2024-12-28"
    # A few weeks ahead is still this year (an announced date).
    res = _r("The summit is set for August 15.", published=date(2025, 7, 23))
    assert res is not None and res.date == "2025-08-15"


def test_a_start_given_with_since_is_never_ahead() -> None:
    # "since" names a start already past: a day a few weeks after publication is last
    # year's, where the same day as a plan is this year's
    res = _r("The rebels have shelled the city since Aug. 10.", published=date(2025, 7, 23))
    assert res is not None and res.date == "2024-08-10"
    res = _r("The rebels will hold talks on Aug. 10.", published=date(2025, 7, 23))
    assert res is not None and res.date == "2025-08-10"


def test_future_weekday() -> None:
    res = _r("ECOWAS will hold another summit in Abuja on Thursday.", published=date(2023, 8, 8))
    assert res is not None and res.date == "2023-08-10"
    res = _r("Talks will resume next Monday.")
    assert res is not None and res.date == "2025-07-28"
    # The weekday dates the speech, not the promise inside the quote.
    res = _r('"We will not go to Geneva," Burhan told reporters on Saturday.',
             published=date(2024, 8, 27))
    assert res is not None and res.date == "2024-08-24"


@pytest.mark.parametrize("sentence", [
    "at least 1,200 more prisoners", "short 24-48-hour truces", "Russia may agree to talks",
    "the guns fell silent at 11:15 local time", "a repeat of the 2014 Maidan revolution",
    "Thousands march in the capital.", "inflation rose 12 percent", "",
])
def test_no_date_clue(sentence: str) -> None:
    assert _r(sentence) is None


def test_dateline_is_not_the_event_date() -> None:
    res = _r("BRUSSELS, June 26 — EU ministers meeting on Monday adopted the package.",
             published=date(2024, 6, 26))
    assert res is not None and res.date == "2024-06-24" and res.text == "Monday"


def test_attributive_date_names_another_event() -> None:
    assert _r("It rejected the results of the Oct 26 election.", published=date(2024, 12, 1)) \
        is None


def test_near_picks_phrase_closest_to_trigger() -> None:
    s = "The talks opened on Aug 14 with one delegation and ended on Friday without a deal."
    pub = date(2024, 8, 27)
    assert _r(s, published=pub).date == "2024-08-14"  # type: ignore[union-attr]
    assert _r(s, published=pub, near=s.index("ended")).date == "2024-08-23"  # type: ignore[union-attr]


def test_anaphora_uses_previous_event_date() -> None:
    prev = date(2025, 5, 7)
    res = _r("Shelling killed 15 civilians the same day.", previous=prev)
    assert res is not None and res.date == "2025-05-07"
    res = _r("A day earlier, the spokeswoman said Moscow had countermeasures.", previous=prev)
    assert res is not None and res.date == "2025-05-06"
    assert _r("Shelling killed 15 civilians the same day.") is None


def test_fallback_anchor_from_caption() -> None:
    caption = "Delegates arrive for talks in Istanbul, Turkey, Wednesday, July 23, 2025."
    res = resolve_date("They met on Tuesday.", published=None, fallback_text=caption)
    assert res is not None and res.date == "2025-07-22"
    # No anchor: relative phrases cannot be resolved, absolute ones still can.
    assert resolve_date("They met on Tuesday.", published=None) is None
    res = resolve_date("They met on July 1, 2024.", published=None)
    assert res is not None and res.date == "2024-07-01"


def test_published_datetime_accepted() -> None:
    res = resolve_date("They met yesterday.", published=datetime(2025, 7, 23, 8, 30))
    assert res is not None and res.date == "2025-07-22"


def test_first_full_date() -> None:
    assert first_full_date("KYIV, July 23, 2025 (AP) — text") == date(2025, 7, 23)
    assert first_full_date("Photo taken 23 July 2025 in Kyiv") == date(2025, 7, 23)
    assert first_full_date("2025-07-23T10:00:00Z") == date(2025, 7, 23)
    assert first_full_date("on June 7 and 1,200 prisoners") is None
    assert first_full_date(None) is None


@pytest.mark.parametrize("sentence", [
    "The leaders will meet in Rome on Wednesday.",
    "She said he would hand in his resignation on Wednesday.",
    "The president said he would convene his cabinet on Wednesday to plan a response.",
])
def test_a_weekday_ahead_that_is_the_publication_weekday_is_that_same_day(
        sentence: str) -> None:
    # published on a Wednesday: "on Wednesday" is today, not a week away
    res = _r(sentence)
    assert res is not None and res.date == "2025-07-23"


def test_next_weekday_of_the_publication_weekday_is_a_week_away() -> None:
    res = _r("The leaders will meet again next Wednesday.")
    assert res is not None and res.date == "2025-07-30"


def test_a_weekday_after_but_is_not_pointed_ahead_by_an_earlier_would() -> None:
    text = ("Prosecutors said the lawmakers would be charged with rioting, but all three "
            "were released on Monday morning.")
    res = resolve_date(text, published=date(2025, 3, 10))
    assert res is not None and res.date == "2025-03-10"


def test_a_month_and_day_followed_by_last_year_is_in_the_year_before() -> None:
    res = _r("The rebels began shelling the town on Oct. 8 last year.")
    assert res is not None and (res.date, res.precision) == ("2024-10-08", "day")


def test_a_gap_counts_back_from_a_day_of_last_year(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad began shelling Sudan on March 9 last year, a day after Sudanese "
                    "jets bombed Chadian border posts.", published="2025-07-23")
    assert {e.date for e in out.events if e.trigger == "bomb"} == {"2024-03-08"}


def test_a_two_city_dateline_dates_nothing() -> None:
    assert _r("KYIV/MOSCOW, July 23 (example.org) -") is None


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Jets shot down a drone overnight from June 30 to July 1.", "2025-07-01"),
    ("Drones hit the port overnight from Saturday to Sunday.", "2025-07-20"),
    ("Drones hit the port overnight into Monday.", "2025-07-21"),
])
def test_a_night_spanning_two_days_is_dated_by_the_day_it_ends(sentence: str, iso: str) -> None:
    res = _r(sentence)
    assert res is not None and res.date == iso


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Raiders burned the depot late on Friday, July 11, before fleeing.", "2025-07-11"),
    ("The envoys met in Geneva on Monday July 7.", "2025-07-07"),
    ("Protesters marched on Thursday, 10 July, in the capital.", "2025-07-10"),
    ("The ban took effect on Friday, the 11th of July.", "2025-07-11"),
])
def test_a_weekday_before_a_month_and_day_names_that_day(sentence: str, iso: str) -> None:
    # read alone, "Friday" in a Wednesday's paper would be five days before, not twelve
    res = _r(sentence, near=sentence.index(" ") + 1)
    assert res is not None and res.date == iso


@pytest.mark.parametrize(("sentence", "near", "iso"), [
    # a weekday of its own clause, a month's day of another
    ("Troops withdrew on Friday, and on July 11 the talks resumed.", "withdrew",
     "2025-07-18"),
    ("Rebels shelled the town on Friday, officials said, before July 11 talks.",
     "shelled", "2025-07-18"),
])
def test_a_weekday_apart_from_a_month_and_day_keeps_its_own_day(sentence: str, near: str,
                                                               iso: str) -> None:
    res = _r(sentence, near=sentence.index(near))
    assert res is not None and res.date == iso


def test_an_event_on_a_weekday_that_restates_a_month_day_takes_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Gunmen stormed a village school late on Friday, July 11, and abducted "
                    "dozens of pupils.", published="2025-07-23")
    assert {e.date for e in out.events if e.type == "ASSAULT"} == {"2025-07-11"}
