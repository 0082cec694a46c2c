"""``doc_views.entity_text``: a token's whole named entity, else its own text; what the
place and party look-ups read ("Cape Verde", not "Verde")."""

from __future__ import annotations

from typing import Any

from pipeline.doc_views import entity_text


def test_a_token_inside_an_entity_gives_the_whole_entity(nlp: Any) -> None:
    doc = nlp("Two men were arrested in Cape Verde on Monday.")
    assert entity_text(next(t for t in doc if t.text == "Verde")) == "Cape Verde"


def test_a_token_outside_every_entity_gives_its_own_text(nlp: Any) -> None:
    doc = nlp("Two men were arrested in Cape Verde on Monday.")
    assert entity_text(next(t for t in doc if t.text == "arrested")) == "arrested"
