"""Talks or an exchange told as the subject of their own course ("the talks ended without
a deal", "the exchange took place at the airport") name no party because the story has
named them already: in a story between two parties they are those two parties' talks.
A story without a pair of parties leaves them uncoded."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Ethiopia and Somalia agreed on Monday to resolve their dispute over the port "
         "deal. Ethiopia's prime minister thanked Somalia's president. ")


def test_talks_that_ended_are_the_pairs_talks(code_text: Any) -> None:
    got = triples(code_text(STORY + "Two rounds of talks in Ankara ended without a "
                            "breakthrough."))
    assert ("CONSULT", "ETH", "SOM") in got or ("CONSULT", "SOM", "ETH") in got


def test_an_exchange_that_took_place(code_text: Any) -> None:
    out = code_text(STORY + "The exchange took place at the border.")
    got = {(e.type, e.source and e.source.country, e.target and e.target.country)
           for e in out.events if "took place" in e.evidence.sentence}
    assert {("RETREAT", "ETH", "SOM"), ("RETREAT", "SOM", "ETH")} & got


def test_no_pair_no_party(code_text: Any) -> None:
    got = triples(code_text("The talks ended without a breakthrough."))
    assert not any(t[0] == "CONSULT" for t in got)
