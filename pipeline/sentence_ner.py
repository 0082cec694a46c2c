"""The model's entity recognizer, decoded one sentence per state, all sentences at once.

Why: spaCy 3.8's greedy decoder releases the GIL for its C loop, but the state accessors
its move checks call (``StateC.B_`` and friends, 74 moves per token) take the GIL back for
Cython's exception check, so every token cost ~100 µs on this machine, most of it in GIL
hand-offs (``perf``, session 15) - the NER was a third of the parse (issue 3's 0.3 s).

This component runs the same decoder from Python with the GIL held, the way spaCy's own
beam and training paths step it (the step model's ``predict``, then the parser's
``transition_states``), with one state per sentence and every sentence of a batch moving
in lock-step. The entities are the model's own:

- the token vectors and the precomputed hidden layer are computed over the whole docs, as
  before (no sentence is re-embedded on its own);
- the NER's moves forbid an entity across a sentence start (``ner.pyx``, Begin/In), so no
  entity is open where a sentence begins or ends;
- a state's features are the buffer's first word and the open entity's first and last
  words, and the move checks read the same doc, so a state started at a sentence's first
  word scores and chooses exactly as the whole-doc state does there.

tests/pipeline/test_sentence_ner.py checks the entities and IOB tags against the model's
component over many sentences; the gold set's events were identical (430 articles).

The recognizer's token vectors come from its own tok2vec, which reads only the words, not
the shared tok2vec, the tagger or the parser; with the hidden layer precomputed over them
(the step model, ~40 ms of a 700-word article) they are made in a second thread while the
shared tok2vec runs (``NERBesideTok2Vec``). Both are mostly BLAS matrix products, which
leave the GIL, so on a second core the parse's critical path loses the shorter of the two.
The step model is the same computation on the same docs, so the entities are unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from pipeline.pipe_swap import swap_pipe

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NER = "ner"
FACTORY = "sentence_ner"
TOK2VEC = "tok2vec"
BESIDE_FACTORY = "tok2vec_beside_ner"


class SentenceNER:
    """Runs a greedy spaCy ``EntityRecognizer``'s decoder with one state per sentence."""

    def __init__(self, ner: Any) -> None:
        if not is_greedy_ner(ner):
            raise ValueError("only a greedy spaCy entity recognizer can be run per sentence")
        self.source = ner  # kept so the tests can run the original beside this one
        # (docs, step model) of the batch NERBesideTok2Vec prepared, until this takes it
        self._prepared: tuple[list[Doc], Any] | None = None

    def hold(self, docs: list[Doc], step: Any) -> None:
        """Keep the step model ``ner.model.predict(docs)`` made ahead for this batch."""
        self._prepared = (docs, step)

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):
            return
        ner = self.source
        ner._ensure_labels_are_added(docs)  # as the greedy decoder does first
        states, docs_of, stops = _sentence_states(ner, docs)
        step = self._step_model(docs)  # token vectors of the whole docs, hidden layer primed
        try:
            active = [i for i, state in enumerate(states) if not state.is_final()]
            while active:
                moving = [states[i] for i in active]
                ner.transition_states(moving, step.predict(moving))
                # a state stops at its sentence's end: no entity can be open there
                active = [i for i in active
                          if not states[i].is_final() and states[i].B(0) < stops[i]]
        finally:
            step.clear_memory()
        # each state writes its sentence's entities and leaves the rest of the doc as it is
        ner.set_annotations(docs_of, states)

    def _step_model(self, docs: list[Doc]) -> Any:
        """The step model prepared for exactly these docs, else one made now (a batch
        the tok2vec did not see, e.g. a component called on its own)."""
        prepared, self._prepared = self._prepared, None
        if prepared is not None and _same_docs(prepared[0], docs):
            return prepared[1]
        return self.source.model.predict(docs)


class NERBesideTok2Vec:
    """The shared tok2vec, with the recognizer's step model made meanwhile in a second
    thread and handed to the SentenceNER; it waits for it before the tagger and parser
    run (the parser's decoder takes the GIL back per move and must not share it)."""

    def __init__(self, tok2vec: Any, ner: SentenceNER) -> None:
        self.source = tok2vec
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):  # SentenceNER predicts nothing for these
            self.source.set_annotations(docs, self.source.predict(docs))
            return
        ner = self.ner.source
        ner._ensure_labels_are_added(docs)  # before its model runs, as SentenceNER does
        ahead = _second_thread().submit(ner.model.predict, docs)
        self.source.set_annotations(docs, self.source.predict(docs))
        self.ner.hold(docs, ahead.result())


def _same_docs(held: list[Doc], docs: list[Doc]) -> bool:
    return len(held) == len(docs) and all(a is b for a, b in zip(held, docs, strict=True))


_THREAD: tuple[int, ThreadPoolExecutor] | None = None


def _second_thread() -> ThreadPoolExecutor:
    """The process's one thread for the recognizer's step model (made again in a forked
    child, where the parent's thread does not exist)."""
    global _THREAD
    if _THREAD is None or _THREAD[0] != os.getpid():
        _THREAD = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="ner-beside-tok2vec"))
    return _THREAD[1]


def _sentence_states(ner: Any, docs: list[Doc]) -> tuple[list[Any], list[Doc], list[int]]:
    """A decoder state at the first word of every sentence of ``docs`` (with each doc's
    offset into the batch's token vectors), the doc of each and where each must stop."""
    states: list[Any] = []
    docs_of: list[Doc] = []
    stops: list[int] = []
    for doc, cursor in zip(docs, ner.moves.init_batch(docs), strict=True):
        at = 0
        # a doc no parser has split is one sentence
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sentence in sentences:
            while at < sentence.start:  # the move "outside": shift the word and drop it
                cursor.push()
                cursor.pop()
                at += 1
            states.append(cursor.copy())
            docs_of.append(doc)
            stops.append(sentence.end)
    return states, docs_of, stops


def is_greedy_ner(component: Any) -> bool:
    """A spaCy entity recognizer that decodes greedily (beam width 1)."""
    from spacy.pipeline import EntityRecognizer

    return isinstance(component, EntityRecognizer) and component.cfg.get("beam_width") == 1


def _make(nlp: Language, name: str, source: str) -> SentenceNER:
    """spaCy factory: the per-sentence decoder of the pipeline's recognizer ``source``."""
    return SentenceNER(nlp.get_pipe(source))


def decode_ner_by_sentence(nlp: Language) -> Language:
    """Swap the model's greedy entity recognizer for a SentenceNER around it (a pipeline
    without one, or with a beam recognizer, is left alone)."""
    if NER not in nlp.pipe_names or not is_greedy_ner(nlp.get_pipe(NER)):
        return nlp
    return swap_pipe(nlp, NER, FACTORY, _make)


def _make_beside(nlp: Language, name: str, source: str) -> NERBesideTok2Vec:
    """spaCy factory: the tok2vec ``source`` with the SentenceNER's step model beside it."""
    return NERBesideTok2Vec(nlp.get_pipe(source), nlp.get_pipe(FACTORY))


def predict_ner_beside_tok2vec(nlp: Language) -> Language:
    """Swap the shared tok2vec for a NERBesideTok2Vec around it, where the pipeline has
    both and a SentenceNER whose model has its own tok2vec (call after
    ``decode_ner_by_sentence``); anything else is left alone."""
    from spacy.pipeline import Tok2Vec

    if (TOK2VEC not in nlp.pipe_names or FACTORY not in nlp.pipe_names
            or not isinstance(nlp.get_pipe(TOK2VEC), Tok2Vec)
            or listens_to_tok2vec(nlp.get_pipe(FACTORY).source)):
        return nlp
    return swap_pipe(nlp, TOK2VEC, BESIDE_FACTORY, _make_beside)


def listens_to_tok2vec(component: Any) -> bool:
    """Whether ``component``'s model reads the shared tok2vec's output (then it cannot run
    before it)."""
    from spacy.pipeline.tok2vec import Tok2VecListener

    return any(isinstance(node, Tok2VecListener) for node in component.model.walk())
