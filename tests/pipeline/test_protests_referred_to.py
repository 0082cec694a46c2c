"""Protests named again: "the protests" as the object of something else ("said the
protests had been hijacked", "accused them of financing the protests", "referring to
the 2014 protests") are no new demonstration; protests that erupt, are joined, or are
crushed are still told as events."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize("text", [
    "The mayor imposed a curfew, saying the protests had been hijacked by gangs.",
    "He accused foreign agencies of financing and steering the protests.",
    "The minister referred to the 2014 protests in Kyiv.",
])
def test_protests_named_again_are_no_new_event(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("protests") != "PROTEST"


@pytest.mark.parametrize("text", [
    "The protests erupted on Thursday.",
    "Thousands joined the protests on Friday.",
    "The army crushed the mass protests that followed.",
])
def test_protests_told_as_events_stay(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("protests") == "PROTEST"
