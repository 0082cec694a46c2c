"""Typing of force, detention and mediation: brokering is mediation (CONSULT), missiles
launched at a target are an assault but into the sea a show of force, phrasal light
verbs ("carried out strikes"), people held are detained, a label in reported speech is a
disapproval, a person "stationed" somewhere is no deployment."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers
from tests.pipeline.coding import triples


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


def test_brokering_is_mediation(nlp: Any) -> None:
    assert _types(nlp, "Oman brokered the talks between the two sides.").get(
        "brokered") == "CONSULT"


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Iran launched dozens of missiles at Israel overnight.", "launched", "ASSAULT"),
    ("The rebels launched a barrage of rockets at the airport.", "launched", "ASSAULT"),
    ("Pyongyang fired two ballistic missiles into the sea on Sunday.", "fired", "MOBILIZE"),
    ("The navy launched cruise missiles into the waters off the coast.", "launched",
     "MOBILIZE"),
    ("Kyiv launched a counteroffensive in the south.", "counteroffensive", "ASSAULT"),
])
def test_weapons_fired(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


def test_a_phrasal_light_verb_passes_on_its_subject(code_text: Any) -> None:
    out = code_text("Israel carried out airstrikes on Lebanon on Tuesday.")
    assert ("ASSAULT", "ISR", "LBN") in triples(out)


@pytest.mark.parametrize(("text", "type_"), [
    ("The two journalists have been held in a prison near the capital since May.", "COERCE"),
    ("Gunmen held the tourists hostage for two days.", "ASSAULT"),
])
def test_people_held(nlp: Any, text: str, type_: str) -> None:
    assert _types(nlp, text).get("held") == type_


def test_holding_talks_is_still_a_light_verb(nlp: Any) -> None:
    assert "held" not in _types(nlp, "Egypt held talks with Qatar on Monday.")


def test_a_label_in_reported_speech_is_a_disapproval(code_text: Any) -> None:
    out = code_text("The Cuban minister said the embargo was a crime against humanity.")
    assert "ACCUSE" in {e.type for e in out.events}


def test_a_negated_label_is_no_disapproval(nlp: Any) -> None:
    assert "ACCUSE" not in _types(nlp, "The minister said the vote was not a crime.").values()


def test_a_nominal_in_the_content_of_an_accusation_is_no_event(code_text: Any) -> None:
    out = code_text("Ukraine accused Russia of setting impossible conditions at the talks.")
    assert "REQUEST" not in {e.type for e in out.events}


def test_a_person_stationed_somewhere_is_no_deployment(nlp: Any) -> None:
    types = _types(nlp, "Our correspondent Maria Lopez, stationed in the capital, says the "
                        "roads are closed.")
    assert "MOBILIZE" not in types.values()
    assert _types(nlp, "The troops stationed near the border were put on alert.").get(
        "stationed") == "MOBILIZE"
