"""A body whose proper name is a union of states ("the Economic Community of Central
African States", "the Union of Andean Nations") is an international body, listed or not.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Soldiers seized power in Gabon on Wednesday. The Gabonese junta arrested the "
         "president. ")


def test_an_unlisted_community_of_states_is_an_igo(code_text: Any) -> None:
    out = code_text(STORY + "The Economic Community of Central African States condemned "
                    "the use of force.")
    assert ("ACCUSE", "IGO", "GAB") in triples(out)


def test_an_unlisted_alliance_of_states_is_an_igo(code_text: Any) -> None:
    out = code_text(STORY + "The Alliance of Coastal States condemned the coup.")
    assert ("ACCUSE", "IGO", "GAB") in triples(out)


def test_a_country_named_united_states_is_no_body(code_text: Any) -> None:
    out = code_text(STORY + "The United States condemned the coup.")
    assert ("ACCUSE", "USA", "GAB") in triples(out)
