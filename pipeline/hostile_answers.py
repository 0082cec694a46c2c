"""What a forceful answer answers: "will respond accordingly to this provocation" warns
(PLOVER THREATEN); "would respond accordingly to the proposal" does not, since the answer's
object is no hostile act (``pipeline.trigger_statements``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What a forceful answer "accordingly" answers (see word_classes.toml).
HOSTILE_ACTS = word_class("hostile_acts")
#: Event types of acts a forceful answer answers, beside those words.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def _hostile_act(noun: Token) -> bool:
    """A word of hostility ("provocation") or a noun the event lexicon reads as an attack,
    coercion, sanction or threat ("the assassination", "the new sanctions")."""
    lemma = lemma_of(noun)
    return lemma in HOSTILE_ACTS or any(sense.type in HOSTILE_TYPES
                                        for _, sense in lexicon().nouns.get(lemma, []))


def answers_no_hostile_act(tok: Token) -> bool:
    """"would respond accordingly to the proposal": the answer's "to"-object is no
    hostile act, so "accordingly" tells no forceful answer (as it does "to this
    provocation", "to the assassination" or with no object)."""
    return any(not _hostile_act(p) for c in tok.children
               if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
               if p.dep_ == "pobj")
