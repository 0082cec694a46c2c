"""A truce said to hold is a ceasefire observed (PLOVER RETREAT), also through a verb of
seeming ("appeared to be holding") and in a headline's reduced clause ("says truce
holding"); a truce that does not seem to hold is not kept. Sentences are made up."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The truce between Peru and Chile held overnight.", "truce"),
    ("A ceasefire between Peru and Chile appeared to be holding on Monday.", "ceasefire"),
    ("The truce seemed to hold on Tuesday.", "truce"),
    ("Officials say ceasefire holding in the north", "ceasefire"),
])
def test_a_truce_said_to_hold_is_kept(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "RETREAT"


def test_a_truce_not_seeming_to_hold_is_not_kept(nlp: Any) -> None:
    assert readings(nlp, "The truce did not appear to be holding.").get("truce") != "RETREAT"
