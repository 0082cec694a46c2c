"""A boycott by citizens or the opposition is a protest; a state boycotting proceedings
refuses them. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The main opposition parties boycotted the election.",
    "Several opposition figures boycotted the vote.",
    "The lawyers of the party boycotted the hearing.",
    "Many Kenyans have boycotted British goods.",
])
def test_a_civil_boycott_is_a_protest(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("boycotted") == "PROTEST"


@pytest.mark.parametrize("text", [
    "Beijing boycotted the proceedings.",
    "The European Union boycotted the inauguration.",
    "A group of Western countries boycotted the summit.",
])
def test_a_state_or_a_body_boycotting_refuses(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("boycotted") == "REJECT"
