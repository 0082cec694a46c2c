"""Taking or raiding by non-state armed men is violence (PLOVER ASSAULT: an abduction or
an attack), not a state's arrest or confiscation (COERCE): "militants seized a priest",
"dozens of gunmen raided the camp"; police seizing weapons stays COERCE."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The militants had seized a village elder and two teachers.", "seized", "ASSAULT"),
    ("Dozens of gunmen on motorbikes raided the farm at dawn.", "raided", "ASSAULT"),
    ("Rebel soldiers commandeered three armoured cars.", "commandeered", "ASSAULT"),
    ("Police seized rifles and ammunition at the port.", "seized", "COERCE"),
    ("Troops raided a house in the old town.", "raided", "COERCE"),
])
def test_armed_men_take_by_force_a_state_confiscates(nlp: Any, text: str, word: str,
                                                       kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


def test_seizing_on_a_chance_is_no_armed_taking(nlp: Any) -> None:
    text = "Rebel leaders seized on the opportunity to demand talks."
    assert readings(nlp, text).get("seized") != "ASSAULT"
