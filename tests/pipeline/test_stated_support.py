"""Stated support is an endorsement: "voiced support for the plan", "expressed support
for the government's measures" are SUPPORT, like "backed" or "endorsed". Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The foreign minister voiced support for the peace plan.", "voiced"),
    ("Brazil expressed support for the measures taken by the government.", "expressed"),
])
def test_stated_support_is_support(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "SUPPORT"
