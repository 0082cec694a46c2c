"""A trigger spelt with a hyphen ("sit-in") is one word, though the parser hangs its
first part on the last as a compound: "staged a sit-in" reports a protest, not a noun
modifying another. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The opposition leader staged a sit-in outside parliament on Monday.",
    "Farmers staged a sit-in in front of the ministry.",
])
def test_a_hyphenated_protest_is_a_protest(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("sit") == "PROTEST"

