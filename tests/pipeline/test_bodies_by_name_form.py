"""International bodies no list holds are known by the form of their name: an
international or regional opener and a public body's head word. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from pipeline.actor_bodies import international_body
from tests.pipeline.coding import triples


def test_an_international_tribunal_orders_a_party(code_text: Any) -> None:
    out = code_text("Chile and Peru argue over fishing.\n\nThe International Tribunal "
                    "for the Law of the Sea ordered Chile to free the boats.")
    assert ("REQUEST", "IGO", "CHL") in triples(out)


def test_a_ruling_refused_is_the_tribunals(code_text: Any) -> None:
    out = code_text("Vietnam and China dispute a reef.\n\nAn international tribunal "
                    "ruled that Beijing's claims had no basis, a decision China has "
                    "refused to recognise.")
    assert ("REJECT", "CHN", "IGO") in triples(out)


def test_a_regional_community_urges_a_state(code_text: Any) -> None:
    out = code_text("Kenya and Somalia trade barbs.\n\nThe East African Community urged "
                    "Kenya to reopen the border.")
    assert ("REQUEST", "IGO", "KEN") in triples(out)


def test_forms_of_public_bodies_only() -> None:
    assert international_body("Southern African Development Community")
    assert international_body("International Organization for Migration")
    assert not international_body("Central African Republic")
    assert not international_body("International Olympic Committee")
