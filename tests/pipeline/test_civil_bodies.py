"""A rights group named by the form of its name ("the Moroccan Association for Human
Rights") is a non-governmental body, not the state its nationality word names; a public
body with a rights cause ("Egypt's National Council for Human Rights", the
"Inter-American Commission on Human Rights") is not. Names and sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.civil_bodies import civil_body
from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_a_national_rights_association_condemning_its_state_is_an_ngo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police in Tunis arrested 30 protesters on Monday. The Tunisian League "
                    "for Human Rights condemned the arrests.", title="Tunisia arrests 30")
    assert ("NGO", "TUN") in typed_pairs(out, "ACCUSE")
    assert ("TUN", "TUN") not in typed_pairs(out, "ACCUSE")


def test_the_name_form_tells_civil_from_public_bodies() -> None:
    assert civil_body("the Kenyan Civil Liberties Association")
    assert civil_body("The Ghanaian Centre for Press Freedom")
    assert not civil_body("the National Council for Human Rights")
    assert not civil_body("the Inter-American Commission on Human Rights")
    assert not civil_body("Human Rights")
