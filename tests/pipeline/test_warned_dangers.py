"""Warning of a danger is concern, no threat: "the UN warned of a famine", "warned of a
moment of risk", "warning of a contagion of coups". Warning of one's own answer stays a
coercive warning (PLOVER THREATEN): "warned of serious consequences", "warned of an
immediate response"."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Aid agencies warn of famine as the border stays shut.", "warn"),
    ("The president warned of a moment of risk and uncertainty.", "warned"),
    ("He spoke with deep concern, warning of a contagion of coups.", "warning"),
    ("The agency warned of a humanitarian crisis in the camps.", "warned"),
    ("Aid agency warns of winter crisis as camps fill up", "warns"),
    ("The president hailed the vote but warned of a moment of risk.", "warned"),
])
def test_warning_of_a_danger_is_no_threat(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) != "THREATEN"


@pytest.mark.parametrize(("text", "word"), [
    ("Moscow warned of serious consequences for relations.", "warned"),
    ("The junta warned of an immediate response to any violation.", "warned"),
    ("Ankara warned of serious consequences for relations.", "warned"),
])
def test_warning_of_an_answer_is_a_threat(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"
