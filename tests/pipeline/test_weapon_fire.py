"""A fire is a natural hazard that "hits" or "kills" without an actor, but not when it
is a weapon's or a party's fire: "mortar fire hit the plant", "Israeli fire killed two
men" report attacks. A blaze still reports none. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Officials said Russian mortar fire had hit the power station overnight.",
    "Residents said artillery fire hit the market on Sunday.",
])
def test_a_weapons_fire_that_hits_is_an_attack(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("hit") == "ASSAULT"


def test_a_blaze_that_hits_is_no_attack(nlp: Any) -> None:
    assert "hit" not in readings(nlp, "A fire hit the market on Sunday.")
