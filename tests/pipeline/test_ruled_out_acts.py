"""Ruling an act out refuses it (PLOVER REJECT): "the minister ruled out lifting the
curbs", "the premier rules out retaliatory expulsions". Not ruling out a coercive act
keeps it open, a threat (PLOVER THREATEN): "has never ruled out using force", "refused
to rule out military action". The act ruled out is not done, and what names no act
("ruled out foul play") or a friendly one kept open ("did not rule out talks") is no
event of this kind."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The trade minister ruled out lifting the curbs on steel imports.", "ruled"),
    ("Premier rules out retaliatory expulsions of diplomats", "rules"),
])
def test_ruling_out_an_act_refuses_it(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The government in Hanoi has never ruled out using force against the rebels.", "ruled"),
    ("The defence minister has not ruled out air strikes on the camps.", "ruled"),
])
def test_not_ruling_out_force_threatens(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"


def test_refusing_to_rule_out_force_is_one_threat(nlp: Any) -> None:
    text = "The president refused to rule out using military force against the cartel."
    types = _types(nlp, text)
    assert types.get("rule") == "THREATEN"
    assert "refused" not in types


@pytest.mark.parametrize(("text", "word"), [
    # guard: nothing ruled out is an act
    ("Investigators ruled out foul play in the crash.", "ruled"),
    # guard: a friendly act kept open threatens no one
    ("The minister did not rule out talks with the rebels.", "ruled"),
])
def test_no_act_or_a_friendly_act_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) not in ("REJECT", "THREATEN")


def test_the_act_ruled_out_is_not_coded(code_text: Any) -> None:
    out = code_text("Washington ruled out lifting its sanctions on Havana on Monday.")
    types = {e.type for e in out.events}
    assert "REJECT" in types
    assert "RETREAT" not in types


def test_an_act_set_off_by_a_comma_is_its_own(code_text: Any) -> None:
    # (review) the participle after the comma is no act ruled out: the accusation stands
    out = code_text("Putin ruled out new talks with Ukraine, accusing Kyiv of sabotage.")
    assert {e.type for e in out.events} >= {"REJECT", "ACCUSE"}, out.events


def test_a_word_inside_a_name_is_no_means_kept_open(nlp: Any) -> None:
    # (review) "a task force" keeps no force open
    assert _types(nlp, "The European Union has not ruled out a task force for "
                  "Ukraine.").get("ruled") is None


def test_the_use_of_force_kept_open_threatens(nlp: Any) -> None:
    # guard: the narrower reading of the means still finds "the use of force"
    assert _types(nlp, "Russia never ruled out the use of force against Georgia."
                  ).get("ruled") == "THREATEN"
