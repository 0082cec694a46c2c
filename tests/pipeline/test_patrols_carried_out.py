"""Patrols carried out or conducted are forces put on the move (PLOVER MOBILIZE), as
patrols stepped up already were: "the coast guard would carry out regular patrols in the
waters", "the navy conducted patrols off the coast". A patrol named as a body ("Border
Patrol agents") is no act."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize(("text", "word"), [
    ("The coast guard would carry out regular patrols in the disputed waters.", "carry"),
    ("The navy said it had carried out law enforcement patrols near the islands.",
     "carried"),
    ("The navy conducted patrols off the coast on Friday.", "conducted"),
])
def test_patrols_carried_out_move_forces(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "MOBILIZE"


def test_the_patrolling_state_and_the_waters_owner(code_text: Any) -> None:
    out = code_text("Chile's navy conducted patrols off the coast of Peru on Friday.")
    assert ("CHL", "PER") in typed_pairs(out, "MOBILIZE")


def test_guard_a_patrol_agency_is_no_act(code_text: Any) -> None:
    # guard: the agency's name does not add a deployment beside the arrest
    out = code_text("US Border Patrol agents arrested 40 Mexicans near El Paso.")
    assert not typed_pairs(out, "MOBILIZE")
