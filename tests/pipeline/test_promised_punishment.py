"""Promising punishment is a coercive warning (PLOVER THREATEN): "those responsible would
be given exemplary punishment", "we will hold violators accountable", "the attackers
will be punished", "will be brought to justice". Punishment already handed out is no
threat."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The premier said those involved would be given exemplary punishment.", "given"),
    ("We will hold violators accountable.", "hold"),
    ("The minister said the attackers will be punished.", "punished"),
    ("The president vowed that the killers would be brought to justice.", "brought"),
    ("Anyone who breaks the truce will face severe consequences.", "face"),
])
def test_promised_punishment_threatens(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"


@pytest.mark.parametrize(("text", "word"), [
    ("The court gave the officers a severe punishment.", "gave"),
    ("The police said the attackers were punished.", "punished"),
])
def test_punishment_given_is_no_threat(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) != "THREATEN"


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry said it would take all necessary measures to protect its firms.", "take"),
    ("The premier warned that Beijing would take further actions.", "take"),
    ("He said Washington would not hesitate to use sanctions against the officials.", "use"),
    ("The leaders warned that they could use force.", "use"),
    ("The president said Moscow would use all available means to defend its land.", "use"),
])
def test_stated_resolve_to_act_or_use_force_threatens(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"


@pytest.mark.parametrize(("text", "word"), [
    ("The talks would take several weeks.", "take"),
    ("The bank said it would use the funds to build schools.", "use"),
    ("The police used force to disperse the crowd.", "used"),
])
def test_plain_taking_and_using_are_no_threat(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) != "THREATEN"


def test_not_hesitating_to_use_sanctions_is_a_threat_event(code_text: Any) -> None:
    from tests.pipeline.coding import triples

    out = code_text("The White House said Washington would not hesitate to use sanctions "
                    "against Ethiopia.")
    assert ("THREATEN", "USA", "ETH") in triples(out)
