"""Warnings that only say how things are ("warned that thousands faced famine") are alarm
at a situation, no coercive warning; a warning of what will or may follow, on what
condition, or that force is ready stays THREATEN."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The aid chief warned that thousands of people faced hunger.", "warned"),
    ("The office warned that his whereabouts were unknown, which could amount to a crime.",
     "warned"),
    ("The minister resigned and warned that the country remains unprepared, saying, "
     "\"I cannot explain it.\"", "warned"),
])
def test_warnings_of_a_state_are_no_threats(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) != "THREATEN"


@pytest.mark.parametrize(("text", "word"), [
    ("Moscow warned that the expulsions would not go unanswered.", "warned"),
    ("The general warned that the army was ready to defend the border.", "warned"),
    ("The bloc warned that further steps could follow if Minsk did not comply.", "warned"),
    ("The president warned that his forces had identified 40 sites that they would strike.",
     "warned"),
])
def test_warnings_of_what_will_follow_are_threats(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "THREATEN"
