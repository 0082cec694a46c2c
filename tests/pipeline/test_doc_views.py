"""doc_views: spaCy's entity and text views of a doc, read once and kept."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from pipeline.doc_views import doc_ents, doc_text, forget_views, span_ents

TEXT = ("Russian President Vladimir Putin met Turkish officials in Istanbul on Monday.\n"
        "Kyiv said Moscow attacked Kharkiv, and the United Nations condemned it.")


def _triples(ents: Any) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in ents]


def test_a_sentence_has_the_same_entities_as_spacy_gives_it(nlp: Any) -> None:
    doc = nlp(TEXT)
    spans = [*doc.sents, doc[3:9], doc[0:2], doc[4:6], doc[0:0]]
    for span in spans:
        assert _triples(span_ents(span)) == _triples(span.ents), span.text


def test_a_whole_doc_is_its_own_span(nlp: Any) -> None:
    doc = nlp(TEXT)
    assert _triples(span_ents(doc)) == _triples(doc.ents)


def test_entities_and_text_are_computed_once_per_doc(nlp: Any) -> None:
    doc = nlp(TEXT)
    assert doc_ents(doc) is doc_ents(doc)
    assert doc_text(doc) is doc_text(doc)
    assert doc_text(doc) == TEXT


def test_a_coded_doc_is_freed_without_waiting_for_the_garbage_collector(nlp: Any) -> None:
    doc = nlp(TEXT)
    doc_ents(doc), doc_text(doc)
    forget_views(doc)
    ref = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()
