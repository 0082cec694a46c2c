"""Disappointment stated at another party's act is disapproval (PLOVER ACCUSE), as stated
concern and dismay are: "said it was disappointed by the decision", "London was extremely
disappointed". Bare or negated disappointment, like bare concern, is no event."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The ministry said it was disappointed by the court's decision.",
    "Rome said it was deeply disappointed by the recall of the envoy.",
    "The ambassador said his government was extremely disappointed.",
])
def test_stated_disappointment_disapproves(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("disappointed") == "ACCUSE"


@pytest.mark.parametrize("text", [
    # guard: bare, it says at nothing
    "The coach said he was disappointed.",
    # guard: negated
    "The minister said he was not disappointed by the ruling.",
])
def test_guard_bare_or_negated_disappointment(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("disappointed") != "ACCUSE"
