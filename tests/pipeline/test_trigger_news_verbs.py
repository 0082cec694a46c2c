"""Common news verbs and verb-object pairs typed per the PLOVER guide: opening fire,
complaints and arraignments, planted bombs, teams and envoys sent abroad, attending
talks, keeping a truce, breaking up crowds, arms purchases, warning shots."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Guards opened fire on the marchers near the bridge.", "opened", "ASSAULT"),
    ("The ambassador complained that the convoy had been delayed.", "complained", "ACCUSE"),
    ("The former mayor was arraigned in a federal court on Monday.", "arraigned", "ACCUSE"),
    ("Militants planted a bomb under the bridge.", "planted", "ASSAULT"),
    ("Two bombs were placed in a crowded market.", "placed", "ASSAULT"),
    ("Norland sent a 40-member rescue team to the stricken region.", "sent", "AID"),
    ("Norland sent its deputy foreign minister to Sudoria on Monday.", "sent", "CONSULT"),
    ("The talks were attended by envoys from six countries.", "attended", "CONSULT"),
    ("Both armies observed the truce through the night.", "observed", "RETREAT"),
    ("Riot police broke up the rally with batons.", "broke", "COERCE"),
    ("Sudoria bought $3 billion worth of Norlandian weapons last year.", "bought", "COOPERATE"),
    ("Officers fired warning shots over the heads of the crowd.", "fired", "COERCE"),
])
def test_news_verb_types(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


def test_warning_shots_are_no_threat_and_no_attack(code_text: Any) -> None:
    """"warning shots" warn no one (a participle or noun modifying the object) and
    hurt no one."""
    out = code_text("Kenyan police fired warning shots over the heads of the crowd in Nairobi.")
    types = {e.type for e in out.events}
    assert "COERCE" in types
    assert not {"THREATEN", "ASSAULT"} & types


@pytest.mark.parametrize("text", [
    "The students attended a ceremony at the university.",
    "Norland bought a new building for its embassy.",
    "The troops broke camp at dawn.",
])
def test_other_objects_are_not_typed(nlp: Any, text: str) -> None:
    assert not {"CONSULT", "COOPERATE", "COERCE"} & set(_types(nlp, text).values())


def test_a_promise_to_keep_a_truce_is_an_agree(code_text: Any) -> None:
    out = code_text("Hezbollah said its fighters would respect the ceasefire with Israel.")
    assert "AGREE" in {e.type for e in out.events}


def test_a_purpose_restating_the_act_is_one_event(code_text: Any) -> None:
    out = code_text("Iranian police fired tear gas to disperse the protesters in Tehran.")
    assert [e.type for e in out.events].count("COERCE") == 1
    assert {e.trigger for e in out.events if e.type == "COERCE"} == {"fire tear gas"}


def test_a_verb_form_compound_is_no_clause(nlp: Any) -> None:
    """The small model tags "warning" in "warning shots" as a verb at times; a compound
    modifier of a noun is still no verb trigger of its own."""
    types = _types(nlp, "The guards fired warning shots to scatter the looters.")
    assert "warning" not in types
    assert types.get("fired") == "COERCE"
