"""A story that names no country at all is about its dateline's country: its unnamed
bodies (security forces, the ruling party, the opposition) are that country's, also when
the dateline city is no capital the lexicon lists (Malabo, La Paz). With no dateline
either, they stay without a country. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.annotate import annotate_batch, to_doc
from pipeline.ids import content_hash
from pipeline.story_parties import focus_countries
from schemas import CleanArticle, ExtractedArticle
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


def _focus(nlp: Any, text: str) -> str | None:
    clean = CleanArticle(article_id="ar_test", title="", text=text, url=None,
                         canonical_url=None, source=None, published="2024-06-26",
                         language="en", content_hash=content_hash(text),
                         word_count=len(text.split()))
    ann = annotate_batch([clean], nlp)[0]
    return focus_countries(to_doc(ann, nlp.vocab), ann.title_sentences, 2024)[0]


def test_the_story_focus_itself_is_the_datelines(nlp: Any) -> None:
    # every reader of the focus (the event context, implied targets), not only the
    # resolver's role words, sees the dateline's country
    assert _focus(nlp, "MALABO - Security forces arrested 40 opposition supporters.") == "GNQ"


def test_a_named_country_still_beats_the_dateline(nlp: Any) -> None:
    assert _focus(nlp, "MALABO - Cameroon's police arrested 40 Cameroonian traders. "
                       "Cameroon said the traders had smuggled fuel.") == "CMR"
