"""A verb of answering ("responded with", "retaliated with", "hit back with") names its
subject's act in the "with" phrase: the act is coded with the answering side as source,
also as the second clause of a coordination."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_responded_with_strikes_in_a_second_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Georgia accused Russia of provocations on the border, and Moscow responded "
             "with missile strikes on Georgian airfields.")
    out = code_text(story, title="Georgia and Russia trade blame")
    assert ("ACCUSE", "GEO", "RUS") in triples(out)
    assert ("ASSAULT", "RUS", "GEO") in triples(out)


def test_retaliated_with_strikes_is_an_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Turkey retaliated with air strikes on Kurdish positions in Syria.",
                    title="Turkey strikes Syria")
    types = {t for t, _, _ in triples(out)}
    assert "ASSAULT" in types and "SANCTION" not in types


def test_hit_back_with_sanctions(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Moscow hit back with sanctions on Canadian lawmakers.",
                    title="Moscow hits back")
    assert ("SANCTION", "RUS", "CAN") in triples(out)
