"""Approving a state's own measure is law-making at home, no endorsement of another
party: "lawmakers approved the bill", "voters approved a new constitution". Approving a
deal, a resolution or a mission stays SUPPORT. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Lawmakers approved the bill in its final reading by 80 votes to 25.",
    "Officials said voters had approved a new constitution in a referendum.",
    "The assembly on Friday approved a budget for the coming year.",
])
def test_approving_a_domestic_measure_is_no_support(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("approved") != "SUPPORT"


def test_approving_a_deal_stays_support(nlp: Any) -> None:
    assert readings(nlp, "The Greek cabinet approved the deal on Sunday.").get(
        "approved") == "SUPPORT"
