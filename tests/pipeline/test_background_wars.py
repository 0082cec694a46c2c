"""A war named as a setting is no act of force: "a truce in its civil war", "veterans of
the Korean War", "distracted by its war in Ukraine", "the War on Terror policy". A war
declared, waged or resumed is one (PLOVER ASSAULT)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize("text", [
    "The junta declared a truce in its civil war on Tuesday.",
    "The pact covers soldiers missing since the Korean War.",
    "Moscow was distracted by its war in Ukraine.",
    "Critics said the party wanted to drag the country into a war.",
    "Prosecutors opened an inquiry into the drug war.",
])
def test_a_war_named_as_a_setting_is_no_assault(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("war") != "ASSAULT"


@pytest.mark.parametrize("text", [
    "Ecuador declared war on the gangs.",
    "Israel said it would resume the war if the talks failed.",
    "The war killed thousands of people.",
])
def test_a_war_waged_is_an_assault(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("war") == "ASSAULT"


def test_a_state_of_war_declared_keeps_its_reading(nlp: Any) -> None:
    assert _types(nlp, "Belgrade declared a state of war on Thursday.").get("war") == "MOBILIZE"


def test_a_truce_named_as_a_setting_is_no_concession(nlp: Any) -> None:
    text = "Both sides freed prisoners on the second day of the truce."
    assert _types(nlp, text).get("truce") != "CONCEDE"


def test_a_truce_declared_is_a_concession(nlp: Any) -> None:
    assert _types(nlp, "The junta declared a truce on Tuesday.").get("truce") == "CONCEDE"
