"""A war named inside a phrase is the conflict the news sits in ("a truce in its civil
war", "a review of the drug war", "busy with its war in Ukraine"), not a new attack;
"war broke out" still reports one. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The junta declared a truce in its civil war to speed up relief.",
    "Prosecutors opened a review of the drug war in 2018.",
    "Its allies were busy, Moscow with its war in Ukraine.",
])
def test_a_war_in_a_phrase_is_no_attack(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("war") != "ASSAULT"


def test_a_war_breaking_out_is_an_attack(nlp: Any) -> None:
    assert readings(nlp, "War broke out between the two neighbours in May.").get(
        "War") == "ASSAULT"
