"""A warning "of" a plight that is no act and no response of the warner's ("the agency
warned of a winter crisis", "warned of a moment of risk") forecasts; it threatens no
one. Warnings of consequences, of a response or of war stay threats. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Aid agency warns of winter crisis as camps fill up", "warns"),
    ("The president hailed the vote but warned of a moment of risk.", "warned"),
])
def test_a_forecast_is_no_threat(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "THREATEN"


@pytest.mark.parametrize("text", [
    "Ankara warned of serious consequences for relations.",
    "The junta warned of an immediate response to any violation.",
])
def test_a_warning_of_consequences_stays_a_threat(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("warned") == "THREATEN"
