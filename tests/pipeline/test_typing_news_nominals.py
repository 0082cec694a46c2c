"""Nominal and object patterns of wire copy: aid and sanctions "packages", vehicles and
volleys of what they carry, coordinated modifiers ("search and rescue teams"), a bare
"drill" is one side's exercise, civilians blocking roads protest, "hit back with
attacks" is no sanction, what a truce does ("collapsed", "was holding"), and nouns that
only describe ("prisoners of war")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Berlin announced a $300 million military aid package for Kyiv.", "aid", "AID"),
    ("The UN delivered 40 trucks of flour to the besieged town.", "delivered", "AID"),
    ("Spain sent search and rescue teams to Morocco.", "sent", "AID"),
    ("The navy held drills off the coast on Monday.", "drills", "MOBILIZE"),
    ("Striking dockers blocked the port of Antwerp.", "blocked", "PROTEST"),
    ("Farmers blocked roads with tractors across the country.", "blocked", "PROTEST"),
    ("The ceasefire was largely holding on Monday.", "ceasefire", "RETREAT"),
])
def test_news_nominals(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_a_sanctions_package_is_a_sanction(code_text: Any) -> None:
    out = code_text("The EU adopted a new sanctions package against Belarus.")
    assert ("SANCTION", "IGO", "BLR") in triples(out)


def test_a_state_blocking_a_road_is_still_a_refusal(nlp: Any) -> None:
    assert readings(nlp, "The government blocked the merger.").get("blocked") == "REJECT"


def test_hitting_back_with_attacks_is_no_sanction(nlp: Any) -> None:
    got = readings(nlp, "Kyiv hit back with drone attacks on Moscow.")
    assert "SANCTION" not in got.values()
    assert got.get("attacks") == "ASSAULT"


def test_hitting_with_sanctions_is_still_a_sanction(nlp: Any) -> None:
    assert readings(nlp, "Washington hit Tehran with new sanctions.").get(
        "hit") == "SANCTION"


def test_a_collapsed_truce_is_no_concession(nlp: Any) -> None:
    assert "ceasefire" not in readings(nlp, "The ceasefire collapsed after the shelling.")


def test_prisoners_of_war_are_no_fighting(nlp: Any) -> None:
    got = readings(nlp, "The two countries swapped 150 prisoners of war each.")
    assert "war" not in got
    assert got.get("swapped") == "RETREAT"
