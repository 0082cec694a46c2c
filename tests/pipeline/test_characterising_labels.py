"""Characterising another party or its act is an accusation (PLOVER ACCUSE) also when the
label blames through a word the plain label lists lack: the blame may sit in a second
coordinated adjective ("unfounded and reprehensible"), in what the label's "of" or "at"
names ("a reminder of the regime's brutality", "an attempt at intimidation"), or in a word
of escalation, chaos or scorn. A label that blames nothing is still no accusation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ('The minister called the raid "an unprecedented escalation".', "called"),
    ('The embassy called the arrests "deeply troubling".', "called"),
    ('The spokesman called the expulsion "unfounded and reprehensible".', "called"),
    ("The president called the shelling a reminder of the regime's brutality.", "called"),
    ("Activists called the raids an attempt at intimidation.", "called"),
    ('The ministry described the situation as "a mess and chaos".', "described"),
    ("The premier described the rebel commander as a cynical warlord.", "described"),
])
def test_characterising_label_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    ("The president called the visit a reminder of the two nations' friendship.", "called"),
    ("The envoy called the talks an attempt at reconciliation.", "called"),
    # a wrong inside the labelled object, or one the label defeats or ends
    ("Modi described the fight against terrorism and extortion as a shared priority.",
     "described"),
    ("The president called the verdict a defeat of corruption.", "called"),
    ("The president called the new agency the end of corruption and extortion.", "called"),
])
def test_label_blaming_nothing_is_no_accusation(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "ACCUSE"
