"""Quantities: value, qualifier, singular unit; years, dates, times and names skipped."""

from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities, singular


def _one(text: str) -> tuple[float, str, str, float | None]:
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    q = qs[0]
    return q.value, q.unit, q.qualifier, q.value_max


@pytest.mark.parametrize(("text", "expected"), [
    ("at least 1,200 more prisoners from each side", (1200, "prisoner", "at_least", None)),
    ("more than 630 aid trucks had entered Gaza", (630, "truck", "at_least", None)),
    ("killed over 40 civilians", (40, "civilian", "at_least", None)),
    ("up to 5,000 troops", (5000, "troop", "at_most", None)),
    ("no more than 20 vessels", (20, "vessel", "at_most", None)),
    ("about 150 people had been detained", (150, "person", "about", None)),
    ("around 30 bodies", (30, "body", "about", None)),
    ("some 200 soldiers", (200, "soldier", "about", None)),
    ("nearly 2 billion dollars", (2e9, "usd", "about", None)),
    ("almost 90 hostages", (90, "hostage", "about", None)),
    ("short 24-48-hour truces", (24, "hour", "range", 48)),
    ("between 10 and 20 soldiers", (10, "soldier", "range", 20)),
    ("the remains of 3,000 Ukrainian soldiers", (3000, "soldier", "exact", None)),
    ("Hamas frees three Israeli hostages", (3, "hostage", "exact", None)),
    ("a dozen soldiers", (12, "soldier", "about", None)),
    ("thousands of people marched", (1000, "person", "about", None)),
    ("hundreds of protesters", (100, "protester", "about", None)),
    ("dozens of Western news sites", (12, "site", "about", None)),
    ("1.5 million refugees", (1.5e6, "refugee", "exact", None)),
    ("UN seeks $397 million for Syria", (397e6, "usd", "exact", None)),
    ("the EU pledged €2bn", (2e9, "eur", "exact", None)),
    ("Britain gave £5m", (5e6, "gbp", "exact", None)),
    ("An 11-truck UN convoy", (11, "truck", "exact", None)),
    ("a 180-day licence", (180, "day", "exact", None)),
    ("carrying 35 tonnes of food", (35, "tonne", "exact", None)),
    ("gave the coup leaders seven days", (7, "day", "exact", None)),
    ("three Russian state outlets", (3, "outlet", "exact", None)),
    ("five Indian fighter jets", (5, "jet", "exact", None)),
    ("61 more companies", (61, "company", "exact", None)),
    ("RSF shelling kills at least 20 in Darfur camp", (20, "person", "at_least", None)),
    ("inflation rose 12 percent", (12, "percent", "exact", None)),
    ("up 3.5% on the year", (3.5, "percent", "exact", None)),
])
def test_quantity(text: str, expected: tuple[float, str, str, float | None]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize("text", [
    "in 2023", "on June 7, 2025 at 11:15", "the Oct 26 election", "7 June", "its 14th package",
    "Resolution 2334", "G7 leaders", "F-16 jets", "Covid-19 deaths", "at 11 o'clock",
    "the 2014-2016 war", "one of the leaders", "no one was hurt", "thousands", "",
])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_several_in_order_with_text() -> None:
    qs = find_quantities("Another 69 individuals and 47 entities face asset freezes")
    assert [(q.value, q.unit) for q in qs] == [(69, "individual"), (47, "entity")]
    assert qs[0].text == "69 individuals"


@pytest.mark.parametrize(("plural", "single"), [
    ("people", "person"), ("casualties", "casualty"), ("bodies", "body"), ("tonnes", "tonne"),
    ("buses", "bus"), ("crosses", "cross"), ("children", "child"), ("troops", "troop"),
    ("aircraft", "aircraft"), ("prisoners", "prisoner"),
])
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize("text", ["Five Americans were freed by Iran on Monday.",
                                  "The president pardoned five Iranians held for years."])
def test_a_number_of_a_nationalitys_people_counts_persons(text: str) -> None:
    assert _one(text)[:2] == (5.0, "person")


def test_a_country_with_a_plural_name_is_no_people() -> None:
    assert _one("Three Philippines coast guard ships sailed.")[:2] == (3.0, "ship")


@pytest.mark.parametrize(("text", "expected"), [
    ("Eighty-two of the schoolgirls have been freed.", (82.0, "schoolgirl")),
    ("Rebels shell a border town, killing four", (4.0, "person")),
    ("Twenty five people died in the fire.", (25.0, "person")),
])
def test_spelled_out_counts_of_people(text: str, expected: tuple[float, str]) -> None:
    assert _one(text)[:2] == expected


def test_one_of_the_largest_counts_nothing() -> None:
    assert find_quantities("It was one of the largest protests in years.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A rocket attack killed a soldier near the border.", (1, "soldier")),
    ("An Italian journalist was wounded by shrapnel.", (1, "journalist")),
    ("Police arrested a suspect on Sunday.", (1, "suspect")),
    ("The militia freed a kidnapped aid worker.", (1, "worker")),
    ("The court sentenced him to a year in prison.", (1, "year")),
    ("The junta gave the envoy a week to leave the country.", (1, "week")),
])
def test_a_single_casualty_captive_or_term_counts_one(
        text: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [expected]


@pytest.mark.parametrize("text", [
    "A soldier told reporters the talks had stalled.",
    "As a journalist, she covered the war for a decade.",
    "The treaty was signed a year ago.",
    "He served as a soldier before he was arrested in 2019.",
])
def test_a_singular_noun_outside_a_casualty_or_term_counts_nothing(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The army cut its troops from about 9,000 to 4,500 soldiers by May.",
     [(9000, "soldier", "about"), (4500, "soldier", "exact")]),
    ("Turnout rose from 40 to 55 percent.", [(40, "percent", "exact"), (55, "percent", "exact")]),
    ("The force was reduced to 2,500 from 4,000 troops.",
     [(2500, "troop", "exact"), (4000, "troop", "exact")]),
])
def test_a_change_from_one_figure_to_another_is_two_figures_not_a_range(
        text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


def test_a_change_keeps_each_figures_own_words_and_a_range_inside_stays_a_range() -> None:
    qs = find_quantities("It grew from between 10 and 20 to 30 troops.")
    assert [(q.value, q.value_max, q.text) for q in qs] == [
        (10, 20, "between 10 and 20"), (30, None, "30 troops")]
    first = find_quantities("The army cut its troops from 9,000 to 4,500 soldiers.")[0]
    assert first.text == "9,000"


def test_a_single_count_starts_at_its_own_article() -> None:
    assert [q.text for q in find_quantities("A year later a soldier was killed.")] == [
        "a soldier"]
