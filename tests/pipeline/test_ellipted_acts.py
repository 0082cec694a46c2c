""""..., and the Netherlands did the same", "..., as did the Arab League": a "did" clause
repeats its main clause's acts for a further doer, against the same party. Sentences are
made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_did_the_same_repeats_the_main_clause_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chile recalled its ambassador from Caracas on Monday after Venezuela "
                    "jailed a Chilean, and Peru did the same.", title="Chile recalls envoy")
    assert typed_pairs(out, "SANCTION") == {("CHL", "VEN"), ("PER", "VEN")}
    # the clause the main act is given with ("after Venezuela jailed ...") is not repeated
    assert ("PER", "CHL") not in typed_pairs(out, "COERCE")


def test_as_did_adds_a_body_as_a_further_doer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Qatar condemned the raid by Israel, as did the Arab League.",
                    title="Israel raids camp")
    assert typed_pairs(out, "ACCUSE") == {("QAT", "ISR"), ("IGO", "ISR")}
