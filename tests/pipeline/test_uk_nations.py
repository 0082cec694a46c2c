"""The United Kingdom's four nations are the United Kingdom's: "Northern Ireland" names
GBR, not the Ireland inside its name, and Scotland and Wales are GBR too. Ireland itself
stays IRL. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_police_in_northern_ireland_are_british(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police in Northern Ireland arrested two men in Belfast on Monday.")
    assert ("COERCE", "GBR", "GBR") in triples(out), out.events


def test_a_scottish_leader_criticising_london_speaks_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Scotland's first minister criticised London over the vote.")
    assert ("ACCUSE", "GBR", "GBR") in triples(out), out.events


def test_ireland_is_still_ireland(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Irish government criticised Britain over its Northern Ireland "
                    "legacy law on Tuesday.")
    assert ("ACCUSE", "IRL", "GBR") in triples(out), out.events
