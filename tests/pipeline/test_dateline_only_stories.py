"""A story that names no country at all is about its dateline's country: its unnamed
bodies (security forces, the ruling party, the opposition) are that country's, also when
the dateline city is no capital the lexicon lists (Malabo, La Paz). With no dateline
either, they stay without a country. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "want"), [
    ("MALABO - Security forces arrested 40 opposition supporters on Monday.",
     ("COERCE", "GNQ", "GNQ")),
    ("LA PAZ - The ruling party accused the opposition of plotting a coup.",
     ("ACCUSE", "BOL", "BOL")),
])
def test_unnamed_bodies_are_the_datelines(code_text: Callable[..., ExtractedArticle],
                                          text: str, want: tuple[str, str, str]) -> None:
    out = code_text(text)
    assert want in triples(out), out.events


def test_with_no_dateline_they_have_no_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Security forces arrested 40 opposition supporters on Monday.")
    assert all(e.source is None or e.source.country is None for e in out.events), out.events
