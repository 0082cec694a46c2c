"""Stated concern (typing round 4): the diplomatic formulas of disapproval, "was deeply
concerned", "shocked by the scenes", "voiced concern", "watching events with grave
concern", are ACCUSE."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _triggers(nlp: Any, text: str) -> dict[str, tuple[str, str | None]]:
    return {t.token.text: (t.sense.type, t.light.text if t.light is not None else None)
            for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry said it was deeply concerned and called for calm.", "concerned"),
    ("Two envoys said they were dismayed by the scenes and gravely concerned by reports "
     "of torture.", "concerned"),
    ("Canada also voiced concern.", "voiced"),
    ("Several states raised concerns on Friday.", "raised"),
])
def test_stated_concern_accuses(nlp: Any, text: str, word: str) -> None:
    assert _triggers(nlp, text).get(word, ("",))[0] == "ACCUSE"


def test_concern_as_manner_takes_the_verb(nlp: Any) -> None:
    trig = _triggers(nlp, "The bloc said Brussels was following events with deep concern.")
    assert trig.get("concern") == ("ACCUSE", "following")


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry said it was concerned.", "concerned"),
    ("The minister said he was not deeply concerned.", "concerned"),
])
def test_bare_or_negated_concern_is_not_coded(nlp: Any, text: str, word: str) -> None:
    assert _triggers(nlp, text).get(word, ("",))[0] != "ACCUSE"
