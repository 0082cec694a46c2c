"""A warning "against" aimed at a state: "Beijing warned Washington against hosting her",
"warned the government in Caracas against any further attempt" is a coercive warning
(PLOVER THREATEN: gold codes it so in four tuning/guard articles), while the travel
advice a government gives its own people ("warned citizens against travelling") stays a
request. The words are ``data/word_classes.toml`` (warned_states)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

WARNED_STATE = Sense("THREATEN", None, "warn state against")
#: The request senses of a warning "against" something.
WARNING_AGAINST = frozenset({"warn against", "caution against"})


def warned_state(tok: Token, sense: Sense) -> Sense | None:
    """THREATEN for a warning "against" whose object is a state, its government or
    leaders (a place name or one of the warned_states words), else None."""
    if sense.phrase not in WARNING_AGAINST:
        return None
    warned = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if warned is None:
        return None
    if warned.ent_type_ == "GPE" or lemma_of(warned) in word_class("warned_states"):
        return WARNED_STATE
    return None
