"""Protests named as the scene of another act ("arrested during protests", "killed in
protests over the verdict") are told as events too: the coder reports the protest as
well as the arrests. "Resigned in protest" (the bare idiom) names no demonstration."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Police said 300 people were detained during protests against the new tax.",
    "Five people were killed in protests over the court ruling last year.",
    "Dozens were arrested during the demonstrations in the capital.",
])
def test_protests_as_the_scene_of_an_act_are_protests(nlp: Any, text: str) -> None:
    assert "PROTEST" in readings(nlp, text).values()


@pytest.mark.parametrize("text", [
    "The minister resigned in protest at the decision.",
    "Police said 90 people were held during two nights of unrest.",
])
def test_idiom_and_backdrop_are_no_protest(nlp: Any, text: str) -> None:
    assert "PROTEST" not in readings(nlp, text).values()
