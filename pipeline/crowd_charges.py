"""Police charging a crowd: "riot police charged protesters", "officers fired tear gas and
charged with batons" is force used on the crowd (PLOVER ASSAULT), not the criminal charge
the verb's lexicon sense reads (ACCUSE). "charged the protesters with rioting" names an
offence after "with" and stays an accusation. ``pipeline.triggers`` asks this before its
lexicon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_crowds import CROWDS
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

CROWD_CHARGE = Sense("ASSAULT", None, "charge crowd")


def crowd_charge(tok: Token) -> bool:
    """The verb "charge" with a crowd as its object, or with only arms after "with"."""
    if lemma_of(tok) != "charge" or tok.pos_ != "VERB" or any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    withs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    if any(lemma_of(p) not in word_class("charging_arms") for p in withs):
        return False  # "charged them with rioting": an offence
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(lemma_of(o) in CROWDS for o in objs) or (not objs and bool(withs))
