"""A country name the model's NER cuts at its hyphen ("Guinea-Bissau" tagged as the place
"Guinea") is joined back, so the story is Guinea-Bissau's, not Guinea's. A hyphenated
word that is no country name ("north-east", "Franco-German") is left as it is.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_an_unnamed_target_in_guinea_bissau_is_guinea_bissaus(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police in Guinea-Bissau arrested the former prime minister.")
    assert ("COERCE", "GNB", "GNB") in triples(out), out.events


def _entities(doc: Any) -> list[Any]:
    """The model's entities of ``doc`` as the annotate stage records them."""
    from schemas import Entity

    return [Entity(e.text, e.label_, e.start_char, e.end_char, e.start, e.end) for e in doc.ents]


def test_the_joined_name_is_one_place_entity(nlp: Any) -> None:
    from pipeline.hyphen_names import join_hyphenated_names

    doc = nlp("Police in Guinea-Bissau arrested him.")
    cut = _entities(doc)
    assert [e.text for e in join_hyphenated_names(doc, cut)] == ["Guinea-Bissau"]
    assert join_hyphenated_names(doc, cut)[0].label == "GPE"


def test_a_hyphenated_word_that_names_no_country_is_left(nlp: Any) -> None:
    from pipeline.hyphen_names import join_hyphenated_names

    for text in ("Fighters in Syria-based camps clashed.", "The Franco-German plan failed.",
                 "Guinea - Bissau talks failed."):
        doc = nlp(text)
        ents = _entities(doc)
        assert join_hyphenated_names(doc, ents) == ents, text
