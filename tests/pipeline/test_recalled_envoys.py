"""An envoy recalled or withdrawn "from" a country: that country is the recipient of the
recall, not whoever the envoy's possessive pronoun points to. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Iran fired missiles at militants in Pakistan on Tuesday. Pakistan condemned "
         "the strike. ")


def test_recalled_its_ambassador_from_a_capital(code_text: Any) -> None:
    out = code_text(STORY + "Iraq recalled its ambassador from Tehran.")
    assert ("SANCTION", "IRQ", "IRN") in triples(out)


def test_recalled_envoys_from_two_countries(code_text: Any) -> None:
    out = code_text(STORY + "Algeria has recalled its ambassadors from Mali and Niger.")
    assert {("SANCTION", "DZA", "MLI"), ("SANCTION", "DZA", "NER")} <= triples(out)


def test_envoys_from_countries_among_them_named_ones(code_text: Any) -> None:
    out = code_text("Venezuela expels diplomats.\n\nVenezuela said the vote was fair. "
                    "Venezuela ordered diplomats from five Latin American countries, "
                    "among them Chile and Peru, to leave the country.")
    found = triples(out)
    assert {("SANCTION", "VEN", "CHL"), ("SANCTION", "VEN", "PER")} <= found
    assert ("SANCTION", "VEN", "USA") not in found
