"""Military movements under an aspect verb (typing round 4): "paratroopers began
arriving", "the columns continued to advance" are moves of the aspect verb's subject."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Turkish commandos began arriving at the base on Monday.", "arriving"),
    ("Armoured columns continued to advance towards the capital.", "advance"),
])
def test_moves_under_aspect_verbs_mobilize(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "MOBILIZE"


def test_civilians_under_aspect_verbs_do_not(nlp: Any) -> None:
    assert _types(nlp, "Tourists began arriving at the resort.").get("arriving") != "MOBILIZE"
