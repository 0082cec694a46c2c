""""..., and Peru did the same", "..., as did the Arab League": a "did" clause
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
    # the "did" hangs on the relative clause, where no conjunct of the doer is read
    out = code_text("Oman was among the states that condemned the raid by Israel, as did "
                    "the Arab League.", title="Israel raids camp")
    assert ("IGO", "ISR") in typed_pairs(out, "ACCUSE")


def test_guard_a_negated_did_repeats_nothing(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "did not do the same" is no further doer
    out = code_text("Germany imposed sanctions on Iran, but Italy did not do the same.",
                    title="Germany sanctions Iran")
    assert ("ITA", "IRN") not in typed_pairs(out, "SANCTION")
