"""Talks that name no parties of their own, told as the run-up or setting of an act
coded in the same sentence ("signed after two weeks of talks", "announced the truce at
the close of a week of talks"), were held by that act's parties. Talks with no such act
stay uncoded: a meeting needs two parties."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_talks_at_the_close_of_a_round(code_text: Any) -> None:
    out = code_text("Ghana and Togo agreed a truce at the end of a week of talks in Lome.")
    got = triples(out)
    assert ("CONSULT", "GHA", "TGO") in got or ("CONSULT", "TGO", "GHA") in got


def test_talks_behind_an_announced_deal(code_text: Any) -> None:
    out = code_text("Peru and Chile announced the deal after three rounds of negotiations.")
    got = triples(out)
    assert ("CONSULT", "PER", "CHL") in got or ("CONSULT", "CHL", "PER") in got


def test_talks_with_no_act_to_lean_on_stay_uncoded(code_text: Any) -> None:
    out = code_text("After two weeks of talks, the delegates went home.")
    assert not [e for e in out.events if e.type == "CONSULT"]
