"""A count in thousands is a measure of what a typed-by-object verb moves, as "dozens"
and "hundreds" are: "sent thousands of troops" sends troops (MOBILIZE), "supplied
thousands of tents" supplies tents (AID), "flew thousands of troops" flies troops. What
the count is of still decides: thousands of parcels, letters or tourists are no event.
A count of a nation's people is typed by the count itself: "expelling hundreds of
Afghans" is a mass deportation (the expel table's "hundred"). No other count, volley or
vessel types the verb in place of what it holds: a party expelling "hundreds of members",
"a barrage of insults", "a ship of pilgrims". Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Ecuador sent thousands of troops to its border with Colombia.", "sent", "MOBILIZE"),
    ("Pakistan supplied thousands of tents to Turkey after the earthquake.", "supplied",
     "AID"),
    ("India flew thousands of additional troops into Kashmir.", "flew", "MOBILIZE"),
])
def test_thousands_of_is_a_measure(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Pakistan began expelling hundreds of Afghans.", "expelling", "COERCE"),
    # (a guard: typed by the count before "thousands" was a measure as well)
    ("Pakistan began expelling hundreds of thousands of Afghans.", "expelling", "COERCE"),
])
def test_a_count_of_a_nations_people_types_by_its_size(nlp: Any, text: str, word: str,
                                                       kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize("text", [
    # a body expelling its own members or officials: no deportation (whether it is a
    # SANCTION is left open here)
    "Turkey's ruling party expelled hundreds of members after the failed coup.",
    "Nigeria's ruling party expelled hundreds of members in Lagos.",
    "Thailand's Senate expelled hundreds of officials from the civil service.",
    "The ruling party expelled hundreds of members who voted against the budget.",
])
def test_a_count_of_members_is_no_deportation(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("expelled") != "COERCE"


@pytest.mark.parametrize(("text", "word", "kind"), [
    # a volley of words, or a vessel of people, is no attack, seizure or deployment
    ("Republican and Democratic senators traded a barrage of insults during the debate.",
     "traded", None),
    ("Israeli and Iranian diplomats traded a barrage of criticism at the Security Council.",
     "traded", None),
    ("Greek pilgrims boarded a ship of the Saudi fleet in Jeddah.", "boarded", None),
    ("Hundreds of tourists boarded a ship of the Royal Caribbean fleet in Piraeus.",
     "boarded", None),
    ("Italian coast guard vessels escorted a ship of rescued migrants to Lampedusa.",
     "escorted", None),
    ("The Egyptian navy escorted a boat of fishermen back to Alexandria.", "escorted",
     None),
])
def test_other_counts_volleys_and_vessels_do_not_type_the_verb(
        nlp: Any, text: str, word: str, kind: str | None) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word"), [
    # guards: thousands of what no table types
    ("Amazon will send thousands of packages to customers in Germany this week.", "send"),
    ("Voters in India sent thousands of letters to the prime minister.", "sent"),
    ("The Qatari organisers sent thousands of tickets to fans in Morocco.", "sent"),
    ("Russian hackers sent thousands of emails to Ukrainian officials.", "sent"),
    ("The storm in Florida left thousands of homes without power.", "left"),
    ("Argentine fans fired thousands of fireworks in Buenos Aires to celebrate.", "fired"),
    ("The Egyptian airline flew thousands of tourists home from Sharm el-Sheikh.", "flew"),
    ("Volunteers provided thousands of meals to flood victims in Pakistan.", "provided"),
])
def test_thousands_of_untyped_things_stay_untyped(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None
