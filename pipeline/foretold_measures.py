"""Measures a party says it will take, or is ready or forced to take, against another are
a warning (PLOVER THREATEN): "Moscow would be forced to take counter-measures", "France
was ready to take retaliatory measures against Jersey", "the kingdom was considering further
measures against Ottawa". Gold codes THREATEN in four tuning articles of this kind, where the
noun "measures" (SANCTION) was screened as not yet done and nothing was coded.

Only answering measures (an answering word on the noun or in the verb's words, or aimed
"against" someone): "will take measures to curb inflation" or "would adopt further measures
to support the economy" is a state's own step (so "would take the measures needed to protect
its rights" is not read, though gold codes one such sentence as a warning)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.modality import has_future_modal
from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

FORETOLD_MEASURES = Sense("THREATEN", None, "foretold measures")

#: Heads that put the taking ahead: "ready to take", "forced to take".
_READY = frozenset({"ready", "prepared", "force", "compel", "oblige", "consider"})


def _ahead(tok: Token) -> bool:
    """The taking is foretold: a "will"/"would" on it or on the verb or adjective it
    depends on, readiness or compulsion, or a weighing of it ("was considering")."""
    if lemma_of(tok) in ("consider", "weigh"):
        return True
    for t in (tok, tok.head) if tok.dep_ in ("xcomp", "advcl") else (tok,):
        if has_future_modal(t):
            return True
        if t.i != tok.i and lemma_of(t) in _READY:
            return True
    return False


def foretold_measures(tok: Token) -> Sense | None:
    """The warning a foretold taking of answering measures states, else None."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in word_class("measure_takers"):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    measures = next((o for o in objs if lemma_of(o) in ("measure", "countermeasure")), None)
    if measures is None or has_neg(tok) or not _ahead(tok):
        return None
    answering = word_class("answering_measures")
    words = {lemma_of(c) for c in measures.children} | {lemma_of(o) for o in objs}
    if lemma_of(measures) == "countermeasure" or words & answering or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in measures.children):
        return FORETOLD_MEASURES
    return None
