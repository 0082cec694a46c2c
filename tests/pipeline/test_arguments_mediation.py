"""A mediator deals with both parties: "Brazil is attempting to mediate the dispute" in
a story about Peru and Chile is coded towards each of them, while a party that mediates
nothing of its own is left alone."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru accuses Chile"
STORY = ("Peru condemned Chile. Peru said Chile had violated Peruvian waters. Chile rejected "
         "the criticism from Peru. ")


def test_mediator_meets_both_parties(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Brazil is attempting to mediate the dispute.",
                            title=TITLE))
    assert ("CONSULT", "BRA", "PER") in got
    assert ("CONSULT", "BRA", "CHL") in got


def test_mediating_with_a_named_party_keeps_that_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Brazil mediated between Peru and Ecuador last year.",
                            title=TITLE))
    assert ("CONSULT", "BRA", "CHL") not in got
    assert ("CONSULT", "BRA", "ECU") in got
