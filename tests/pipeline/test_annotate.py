"""annotate: the spaCy parse survives the trip through JSON."""

from __future__ import annotations

from typing import Any

from pipeline.annotate import annotate_batch, to_doc
from schemas import AnnotatedArticle, CleanArticle, dumps, loads

TEXT = ("Talks resume in Geneva\n\nRussian and Ukrainian delegations met in Geneva on "
        "Monday. They agreed to exchange 300 prisoners.")


def clean(text: str = TEXT, article_id: str = "ar_1") -> CleanArticle:
    return CleanArticle(article_id, "Talks resume in Geneva", text, None, None, None, None,
                        "en", "h", len(text.split()))


def test_parse_round_trips_through_json(nlp: Any) -> None:
    (annotated,) = annotate_batch([clean()], nlp)
    back = AnnotatedArticle.from_dict(loads(dumps(annotated)))
    doc = to_doc(back, nlp.vocab)
    original = nlp(TEXT)
    assert [t.text for t in doc] == [t.text for t in original]
    # the stored parse (the title's repaired by pipeline/headline_parse.py: "Talks resume"
    # is read as subject and verb, where the model alone reads a noun phrase)
    assert [(t.dep_, t.head.i) for t in doc] == list(zip(annotated.tokens.deps,
                                                         annotated.tokens.heads, strict=True))
    assert [(t.dep_, t.head.i) for t in doc][5:] == [(t.dep_, t.head.i) for t in original][5:]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in original.ents]
    assert doc.text == TEXT  # offsets into the clean text stay valid


def test_title_line_is_its_own_sentence(nlp: Any) -> None:
    (annotated,) = annotate_batch([clean()], nlp)
    first = annotated.sentences[0]
    assert TEXT[first.start:first.end].strip() == "Talks resume in Geneva"
    assert annotated.title_sentences == 1


def test_batch_keeps_articles_in_order(nlp: Any) -> None:
    texts = [clean(f"Item {i}\n\nThe army withdrew from town {i}.", f"ar_{i}") for i in range(5)]
    out = annotate_batch(texts, nlp, batch_size=2)
    assert [a.article.article_id for a in out] == [f"ar_{i}" for i in range(5)]


def test_entity_cap_is_applied(nlp: Any) -> None:
    (annotated,) = annotate_batch([clean()], nlp, max_entities=1)
    assert len(annotated.entities) == 1
