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


# ---- the recognizer's step model, made in a second thread while the shared tok2vec runs

def test_the_recognizers_vectors_are_made_in_a_second_thread(nlp: Any, monkeypatch: Any
                                                             ) -> None:
    """Once per batch, beside the shared tok2vec; the recognizer then uses that one."""
    import threading

    from thinc.api import Model

    ner_model = nlp.get_pipe("sentence_ner").source.model
    threads: list[str] = []
    predict = Model.predict

    def recording(self: Any, X: Any) -> Any:
        if self is ner_model:
            threads.append(threading.current_thread().name)
        return predict(self, X)

    monkeypatch.setattr(Model, "predict", recording)
    list(nlp.pipe(TEXTS * 3, batch_size=4))
    assert len(threads) == 3  # 12 docs in batches of 4, each predicted once
    assert all(name.startswith("ner-beside-tok2vec") for name in threads)


def test_the_shared_tok2vec_still_sets_the_models_vectors(nlp: Any) -> None:
    component = nlp.get_pipe("tok2vec_beside_ner")
    for text in TEXTS:
        want = component.source(nlp.make_doc(text)).tensor
        got = component(nlp.make_doc(text)).tensor
        assert got.shape == want.shape and (got == want).all()


def test_a_step_model_made_for_other_docs_is_not_used(nlp: Any) -> None:
    """The recognizer called on docs the tok2vec did not see predicts them itself."""
    component = nlp.get_pipe("sentence_ner")
    nlp.get_pipe("tok2vec_beside_ner")(nlp.make_doc(TEXTS[1]))  # prepares TEXTS[1]
    doc = parsed_before(nlp, TEXTS[0], "sentence_ner").copy()
    assert _entities(component(doc)) == _entities(component.source(doc.copy()))


@pytest.mark.parametrize("batch", [["", " ", "\n\n"], ["", TEXTS[0], ""], [TEXTS[2]] * 5])
def test_batches_with_empty_docs_annotate_as_the_recognizer(nlp: Any, batch: list[str]
                                                            ) -> None:
    component = nlp.get_pipe("sentence_ner")
    want = [_entities(component.source(parsed_before(nlp, text, "sentence_ner")))
            for text in batch]
    for size in (1, 2, 16):
        assert [_entities(doc) for doc in nlp.pipe(batch, batch_size=size)] == want


def test_a_recognizer_listening_to_the_shared_tok2vec_waits_for_it() -> None:
    """A model whose recognizer reads the shared tok2vec's output keeps the plain tok2vec."""
    import spacy

    from pipeline.sentence_ner import decode_ner_by_sentence, predict_ner_beside_tok2vec

    listening = spacy.blank("en")
    listening.add_pipe("tok2vec")
    listening.add_pipe("parser").add_label("nsubj")
    listening.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
        "use_upper": False,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96}}}
    ).add_label("GPE")
    listening.initialize()
    decode_ner_by_sentence(listening)
    assert predict_ner_beside_tok2vec(listening).pipe_names == [
        "tok2vec", "parser", "sentence_ner"]
