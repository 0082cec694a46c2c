"""Forces told or ordered to answer forcefully are a coercive warning (PLOVER
THREATEN): "the army has been told to respond strongly to any violation", "troops were
ordered to deal firmly with any attack". A plain order to respond is none."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("He said the army had been told to respond strongly.", "respond"),
    ("The minister said troops were ordered to deal firmly with any repetition.", "deal"),
    ("Border guards have been instructed to react decisively to any incursion.", "react"),
])
def test_forces_told_to_answer_forcefully_threaten(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"


def test_a_plain_instruction_to_respond_is_no_threat(nlp: Any) -> None:
    text = "The ministry was told to respond to the letter by Friday."
    assert "THREATEN" not in _types(nlp, text).values()
