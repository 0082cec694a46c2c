"""Clause shapes that hid or invented events: a headline's first clause parsed under the
second, an event set beside another ("as protests spread"), a relative or participle
clause naming the patient ("the crew, who have been held", "the bombs placed in"),
cargo carried "with" a vehicle, crowds gathering, and "according to"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Ankara halts Syria offensive, accepts US ceasefire plan", "halts", "CONCEDE"),
    ("Serbian police detain dozens as protests over the vote spread", "protests", "PROTEST"),
    ("The sailors, who have been held at a naval base since March, were freed.", "held",
     "COERCE"),
    ("The amount was similar to the bombs placed in three trains last year.", "placed",
     "ASSAULT"),
    ("Norway is sending a cargo plane with medical supplies to Beirut.", "sending", "AID"),
    ("Thousands of people gathered in the main square on Friday.", "gathered", "PROTEST"),
])
def test_clause_shapes(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_content_after_its_verb_is_still_content(nlp: Any) -> None:
    assert "halt" not in readings(nlp, "Moscow demanded that Kyiv halt its offensive.")


def test_gathering_to_pray_is_no_protest(nlp: Any) -> None:
    got = readings(nlp, "Thousands of people gathered at the mosque to pray for peace.")
    assert "PROTEST" not in got.values()


def test_according_to_is_no_accord(nlp: Any) -> None:
    assert not readings(nlp, "Five people died, according to the health ministry.")
