""""The juntas in Mali, Burkina Faso and Niger said they had expelled the envoys": a
plural pronoun whose antecedent phrase lists several countries stands for each of
them, in reported speech too, not only for the first one named."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_they_in_the_speech_of_listed_juntas_is_each_junta(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "France and the Sahel states have quarrelled for months. The juntas in Mali, "
        "Burkina Faso and Niger said on Sunday they had expelled the French ambassadors.",
        title="Sahel juntas expel French envoys"))
    assert {("SANCTION", c, "FRA") for c in ("MLI", "BFA", "NER")} <= got


def test_their_after_listed_ministers_is_each_minister_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "The foreign ministers of Bahrain and Israel held their first public call on "
        "Sunday.", title="Ministers hold first call"))
    assert ("CONSULT", "BHR", "ISR") in got or ("CONSULT", "ISR", "BHR") in got
