"""Rebels who take towns take them from their own state, not from the other party of a
two-party story (their alleged backer). Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = "Congo and Rwanda row over rebels.\n\nCongo accused Rwanda of backing the M23. "


def test_a_group_seizing_towns_takes_them_from_its_own_state(code_text: Any) -> None:
    out = triples(code_text(STORY + "The M23 seized the towns of Kiwanja and Rutshuru."))
    assert ("ASSAULT", "COD", "COD") in out
    assert ("ASSAULT", "COD", "RWA") not in out


def test_rebels_capturing_a_border_town(code_text: Any) -> None:
    out = triples(code_text(STORY + "The rebels captured the border town of Bunagana."))
    assert ("ASSAULT", "COD", "COD") in out


def test_a_town_placed_abroad_keeps_the_other_party(code_text: Any) -> None:
    out = triples(code_text(STORY + "The M23 seized the town of Gisenyi in Rwanda."))
    assert ("ASSAULT", "COD", "COD") not in out
