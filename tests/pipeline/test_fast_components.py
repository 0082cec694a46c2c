"""The pipeline the workers load annotates exactly as the untouched model does.

agents.resources.load_nlp swaps three of the model's components for faster stand-ins built
from them (pipeline/attribute_table.py, pipeline/lemma_cache.py, pipeline/sentence_ner.py)
and changes the lemmatizer's word lists to sets. Each has its own tests against the
component it wraps; this one compares the whole result with a freshly loaded model that has
none of it, on text full of words neither has seen (the caches' miss path), in one batch
and one doc at a time.
"""

from __future__ import annotations

from typing import Any

import pytest

TEXTS = [
    "Zaporozhian envoys said on Thursday that the Quetzaltenango accord had collapsed after "
    "militiamen shelled two granaries near Tskhinvali, killing at least 14 herders.\n\n"
    "Ouagadougou's junta denied it. \"We were never there,\" Colonel Aboubakar Sidibé told "
    "reporters, calling the claims fabrications by Bamako-based propagandists.",
    "Reykjavik froze 3.2 billion kronur of assets; Tbilisi's parliamentarians were "
    "stonewalling, blamed by Ulaanbaatar.\n\nThe envoys' re-negotiations stalled again.",
    "Lithuanian border guards turned back 180 migrants overnight, officials in Vilnius said.",
]


@pytest.fixture(scope="module")
def plain_model() -> Any:
    """The model as spaCy loads it, with only the project's line-break sentence rule."""
    import spacy

    from agents.resources import MODEL_FALLBACKS
    from pipeline.annotate import add_newline_sentences

    for name in MODEL_FALLBACKS["en_core_web_sm"]:
        try:
            return add_newline_sentences(spacy.load(name))
        except OSError:
            continue
    pytest.fail("no en_core_web_sm model installed")


def _annotations(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i,
             t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc]


def test_the_workers_pipeline_annotates_as_the_model(nlp: Any, plain_model: Any) -> None:
    assert {"attribute_table", "cached_lemmatizer", "sentence_ner"} <= set(nlp.pipe_names)
    want = [_annotations(doc) for doc in plain_model.pipe(TEXTS)]
    assert [_annotations(doc) for doc in nlp.pipe(TEXTS, batch_size=2)] == want
    assert [_annotations(nlp(text)) for text in TEXTS] == want
