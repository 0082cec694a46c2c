"""Lawmakers or an opposition who address a named foreign government stay their own
country's: the government they address says nothing of whose they are. Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

CHILE = ("Chile recalls ambassador from Argentina over border dispute\n\n"
         "Chile recalled its ambassador from Argentina on Monday after a dispute over a "
         "glacier on the border. Argentina said the move was regrettable. ")
US_CHINA = ("US and China spar over trade curbs\n\n"
            "The United States imposed new export curbs on Chinese chipmakers on Monday. "
            "China said it would respond firmly. ")


def test_guard_an_opposition_urging_a_named_foreign_government(code_text: Any) -> None:
    out = code_text(CHILE + "Opposition lawmakers urged the Argentine government to "
                    "apologise.")
    assert pairs_in(out, "Opposition lawmakers") == {("CHL", "ARG")}, \
        pairs_in(out, "Opposition lawmakers")


def test_guard_lawmakers_accusing_a_named_foreign_government(code_text: Any) -> None:
    out = code_text(US_CHINA + "Republican lawmakers accused the Chinese government of "
                    "stealing American technology.")
    assert pairs_in(out, "Republican lawmakers") == {("USA", "CHN")}, \
        pairs_in(out, "Republican lawmakers")
