"""Decoding the NER one sentence per state gives the model's own entities.

pipeline/sentence_ner.py runs the model's entity recognizer with one decoder state per
sentence, for speed; the coder reads entities everywhere (actors, places, people), so any
divergence from the model's recognizer changes coding.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import parsed_before

TEXTS = [
    # entities at both ends of sentences, across paragraphs, in a title line
    "Turkey hosts Russia-Ukraine talks in Istanbul\n\nISTANBUL (Reuters) - Russian and "
    "Ukrainian delegations met in Istanbul on Monday. Vladimir Medinsky led Moscow's team.\n\n"
    "Kyiv said the next round would follow in June. Recep Tayyip Erdogan welcomed them.",
    # a one-word sentence, numbers, money and dates next to each other
    "Talks failed. The European Union offered $2.5 billion on Tuesday, June 7, 2022, "
    "and at least 1,200 prisoners were freed. Then Brussels. Then the United Nations.",
    # whitespace tokens and an entity as the last word of the text
    "The Ministry of Defence said   drones hit Odesa.\n\n\nOfficials blamed Iran",
    "",
]


def _entities(doc: Any) -> list[tuple[int, str, str]]:
    return [(t.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_the_models_recognizer_is_the_one_decoded(nlp: Any) -> None:
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[-1] == "sentence_ner"
    source = nlp.get_pipe("sentence_ner").source
    assert type(source).__name__ == "EntityRecognizer"
    assert source.cfg["beam_width"] == 1


@pytest.mark.parametrize("text", TEXTS)
def test_entities_are_the_recognizers(nlp: Any, text: str) -> None:
    component = nlp.get_pipe("sentence_ner")
    doc = parsed_before(nlp, text, "sentence_ner")
    if text:
        assert len(list(doc.sents)) > 1  # the case under test: several states per doc
    want = _entities(component.source(doc.copy()))
    assert _entities(component(doc.copy())) == want


def test_a_batch_is_decoded_as_each_doc_alone(nlp: Any) -> None:
    """Sentences of several docs move together; each doc's entities are its own."""
    component = nlp.get_pipe("sentence_ner")
    docs = [parsed_before(nlp, text, "sentence_ner") for text in TEXTS]
    want = [_entities(component.source(doc.copy())) for doc in docs]
    got = list(component.pipe([doc.copy() for doc in docs], batch_size=3))
    assert [_entities(doc) for doc in got] == want


def test_a_doc_with_no_sentence_split_is_one_state(nlp: Any) -> None:
    component = nlp.get_pipe("sentence_ner")
    text = "Moscow and Kyiv swapped 1,200 prisoners. Ankara brokered it."
    unsplit = nlp.make_doc(text)
    assert not unsplit.has_annotation("SENT_START")
    assert _entities(component(nlp.make_doc(text))) == _entities(component.source(unsplit))


def test_a_pipeline_without_a_recognizer_is_left_alone() -> None:
    import spacy

    from pipeline.sentence_ner import decode_ner_by_sentence

    blank = spacy.blank("en")
    assert decode_ner_by_sentence(blank).pipe_names == []
