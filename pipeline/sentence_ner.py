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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from pipeline.pipe_swap import swap_pipe

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NER = "ner"
FACTORY = "sentence_ner"


class SentenceNER:
    """Runs a greedy spaCy ``EntityRecognizer``'s decoder with one state per sentence."""

    def __init__(self, ner: Any) -> None:
        if not is_greedy_ner(ner):
            raise ValueError("only a greedy spaCy entity recognizer can be run per sentence")
        self.source = ner  # kept so the tests can run the original beside this one

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
        step = ner.model.predict(docs)  # token vectors of the whole docs, hidden layer primed
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
