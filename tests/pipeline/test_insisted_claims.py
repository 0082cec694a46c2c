"""Insisting: "the ministry insists the drone never crossed the border" asserts a version
of events (no demand); insisting that someone must act, or on something, demands it."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry insists the drone never crossed the border.", "insists"),
    ("The general insisted they were not staging a coup.", "insisted"),
    ("The president thanked the mediators, insisting the arrest was lawful.", "insisting"),
    ("Officials insisted the sailors had been on a routine patrol.", "insisted"),
])
def test_insisting_on_a_version_of_events_is_no_demand(nlp: Any, text: str,
                                                      word: str) -> None:
    assert word not in _types(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The minister insisted that the envoy must leave the country.", "insisted"),
    ("The speaker insisted that parliament reconvene at once.", "insisted"),
    ("Madrid insisted on a full withdrawal of the troops.", "insisted"),
])
def test_insisting_that_someone_act_is_a_demand(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "REQUEST"
