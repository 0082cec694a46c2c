"""Deals and concessions between a state and a non-state side of its own country (a
government-rebel truce) are coded as a dyad of that country with itself; an exchange
between two officials of one state still is not. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_government_and_rebels_agree_a_ceasefire(code_text: Any) -> None:
    out = code_text("Colombia's government and the rebels agreed on Tuesday to a ceasefire.")
    assert ("AGREE", "COL", "COL") in triples(out)


def test_army_declares_a_truce_with_rebels(code_text: Any) -> None:
    out = code_text("Colombia's army declared a truce with the rebels.")
    assert ("CONCEDE", "COL", "COL") in triples(out)


def test_two_officials_of_one_state_are_no_dyad(code_text: Any) -> None:
    out = code_text("Colombia's interior minister agreed with Colombia's finance minister "
                    "on the budget.")
    assert ("AGREE", "COL", "COL") not in triples(out)
