""""Call on", "call upon" and "call for" ask something of a party (PLOVER REQUEST); they
label nothing, so a blaming noun inside what is asked ("to stop its military
intimidation") is no label of the speaker's (ACCUSE). "Called X a Y" still labels, also
when a date or a later "for" phrase hangs on the verb."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize("text", [
    "She called on Tehran to end its intimidation of journalists.",
    "The envoy called on the rebels to halt their provocations.",
    "The mayor called on Pristina to stop its provocations.",
])
def test_calling_on_a_party_to_stop_a_wrong_asks(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("called") == "REQUEST"


@pytest.mark.parametrize("text", [
    # guard: a date after the verb does not make the label an appeal
    "The foreign minister on Thursday called the decision a stab in the back.",
    "The spokesman called it on Friday an act of aggression.",
    # guard: a plain label
    "The premier called the shelling a war crime.",
])
def test_labels_stay_labels(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("called") == "ACCUSE"


@pytest.mark.parametrize("text", [
    # an appeal to a head of state or to leaders is no phone call to them
    "The bishops called on the president to reopen the border crossing.",
    "A rights group called on President Malik Dorra to pardon the two reporters.",
    "The mediator called on both leaders to keep to the truce they had signed.",
    "The premier called on opposition leaders to denounce the riots.",
])
def test_calling_on_a_leader_to_act_asks_it(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("called") == "REQUEST"


@pytest.mark.parametrize("text", [
    # guard: calling a president or a counterpart (also with a date) is a phone call
    "The chancellor called the Kenyan president on Tuesday.",
    "The foreign minister called his Turkish counterpart late on Friday.",
])
def test_calling_a_leader_is_still_a_call(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("called") == "CONSULT"
