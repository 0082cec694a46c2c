"""Troops leaving a country or town are pulled out (PLOVER RETREAT): "the last Belgian
soldiers left Mali", "Kenyan soldiers began leaving Somalia". People who are no forces
leaving, and troops leaving home for somewhere else (a deployment), are no pull-out."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "verb"), [
    ("The last Belgian troops left Mali in August.", "left"),
    ("Kenyan soldiers began leaving Somalia on Monday.", "leaving"),
    ("The ministry said its units had left Kherson by Friday.", "left"),
    ("Some 300 Burundian soldiers left the country last week.", "left"),
])
def test_troops_leaving_a_place_pull_out(nlp: Any, text: str, verb: str) -> None:
    assert _types(nlp, text).get(verb) == "RETREAT"


@pytest.mark.parametrize(("text", "verb"), [
    # guard: troops leaving home for a mission are deployed, not pulled out
    ("The first Kenyan troops left Nairobi for Haiti on Tuesday.", "left"),
    # guard: troops that left a place and went on elsewhere moved, they did not pull out
    ("The soldiers left Kyiv and headed to the front.", "left"),
    # guard: something left in a state, or a person left, is no place left
    ("The soldiers left Smith in charge of the base.", "left"),
    ("Soldiers left John Smith alone.", "left"),
    ("Troops left the town in ruins.", "left"),
    # guard: people who are no forces
    ("The freed fishermen left Dakar on Saturday.", "left"),
])
def test_guard_other_departures_are_no_pull_out(nlp: Any, text: str, verb: str) -> None:
    assert _types(nlp, text).get(verb) != "RETREAT"


@pytest.mark.parametrize(("text", "pair", "place"), [
    # a town left is in the country the forces leave, not in their own
    ("Israeli troops left Jenin on Wednesday after a two-day raid.", ("ISR", "PSE"), "PSE"),
    ("Russian forces left Kherson on Friday.", ("RUS", "UKR"), "UKR"),
    ("Turkish soldiers left Afrin.", ("TUR", "SYR"), "SYR"),
])
def test_forces_leaving_a_town_leave_its_country(
        code_text: Any, text: str, pair: tuple[str, str], place: str) -> None:
    out = code_text(text)
    left = [e for e in out.events if e.type == "RETREAT"]
    assert [(e.source.country, e.target.country) for e in left if e.source and e.target] \
        == [pair]
    assert all(e.location is not None and e.location.country == place for e in left)


@pytest.mark.parametrize("text", [
    "French troops left Mali on Tuesday.",
    "French troops withdrew from Mali on Tuesday.",
])
def test_forces_leaving_a_country_by_name_leave_its_government(code_text: Any, text: str
                                                               ) -> None:
    # a country left by its own name is the lexicon's actor (its government), as "withdrew
    # from Mali" reads it; only a town's country is read from the gazetteer
    left = [e for e in code_text(text).events if e.type == "RETREAT"]
    assert [(e.target.text, e.target.country, e.target.role) for e in left if e.target] \
        == [("Mali", "MLI", "GOV")]


@pytest.mark.parametrize("text", [
    "The French troops did not leave Mali.",
    "Russian troops have not left Georgia.",
    "The army has not withdrawn its forces from the border.",
    "Israel did not withdraw from Gaza, the minister said.",
    "The soldiers did not leave the barracks during the storm.",
    "The French troops did not leave Mali despite the heat.",
    "The troops did not leave Mali under pressure from the junta.",
])
def test_a_withdrawal_told_as_not_done_is_no_refusal(code_text: Any, text: str) -> None:
    types = {e.type for e in code_text(text).events}
    assert not types & {"REJECT", "RETREAT"}


@pytest.mark.parametrize("text", [
    "Kenya says its troops will not leave Somalia.",
    "Russia said it would not pull its troops out of Transnistria.",
])
def test_a_withdrawal_refused_for_the_future_is_still_a_refusal(
        code_text: Any, text: str) -> None:
    assert "REJECT" in {e.type for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    "Israeli troops left their base near Tel Aviv on Monday.",
    "The Russian delegation left Istanbul after the talks.",
    "Israeli fans left Amsterdam after the match.",
    "The Indian team left Lahore on Sunday.",
])
def test_no_pull_out_from_a_town_for_home_ground_or_travellers(
        code_text: Any, text: str) -> None:
    assert "RETREAT" not in {e.type for e in code_text(text).events}


@pytest.mark.parametrize(("text", "pair"), [
    ("Russian troops did not leave Ukraine despite the UN demand.", ("RUS", "UKR")),
    ("Russian troops did not leave Ukraine by the deadline.", ("RUS", "UKR")),
    ("Russian troops did not leave Ukraine in spite of the ultimatum.", ("RUS", "UKR")),
    ("Russian troops did not leave Ukraine, defying the UN demand.", ("RUS", "UKR")),
])
def test_a_withdrawal_not_done_when_asked_for_is_defiance(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    # a pull-out demanded or due by a deadline and not done is a refusal to yield (REJECT)
    assert pair in {(e.source.country, e.target.country) for e in code_text(text).events
                    if e.type == "REJECT" and e.source and e.target}
