"""Promising retaliation, revenge or a response qualified as a blow back ("a fitting
response") to a party that acted is a warning (PLOVER THREATEN), not an offer. A bare
response is none ("pledged a coordinated response to the famine" is help promised), and
promising to pay or to help stays an agreement. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The foreign ministry promised a fitting response to the expulsions.", "promised",
     "THREATEN"),
    ("The militia leader pledged revenge for the killing of his deputy.", "pledged",
     "THREATEN"),
    ("Tokyo promised swift retaliation if the tariffs took effect.", "promised", "THREATEN"),
    ("The general pledged a crushing response to the raid.", "pledged", "THREATEN"),
    ("Beijing promised to pay for two new ferries.", "promised", "AGREE"),
])
def test_a_promised_response_is_a_warning(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


@pytest.mark.parametrize("text", [
    "The UN pledged a coordinated response to the famine in Somalia.",
    "Japan pledged a generous response to the earthquake in Turkey.",
    "The WHO promised a rapid response to the outbreak in Congo.",
])
def test_a_promised_response_alone_is_no_warning(nlp: Any, text: str) -> None:
    assert "THREATEN" not in _types(nlp, text).values()
