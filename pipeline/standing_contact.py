"""Parties "in contact with" each other consult (PLOVER CONSULT): "said it was in close
contact with the Iranian authorities", "had been in contact with the opposition leader".

The noun is an event only in that frame (the "in" phrase of a clause with a "with"
party): "contact" alone is too often touch, a contact person or exposure ("contact
tracing", "lost contact with the plane", "no contact with the virus")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The consultation the frame states.
IN_CONTACT = Sense("CONSULT", None, "in contact with")
#: Words before "contact" that make it no exchange between parties ("eye contact",
#: "physical contact"): see word_classes.toml.
NOT_TALKS = word_class("contact_not_talks")


def in_contact(tok: Token) -> bool:
    """"was in (regular/close/direct) contact with X": the noun is the object of an "in"
    that a verb takes ("was", "remained", "had been"; not "nurses in contact with
    patients"), names its party with "with" (on the noun, or on "in" when the parse hangs
    it there), and is not negated ("was in no contact with")."""
    if lemma_of(tok) != "contact" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or \
            tok.head.lower_ != "in" or tok.head.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children):
        return False
    if any(lemma_of(c) in NOT_TALKS for c in tok.children if c.dep_ in ("amod", "compound")):
        return False
    withs = [c for c in (*tok.children, *tok.head.children)
             if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return False
    # armed men in contact with armed men fight ("French troops were in contact with
    # jihadist fighters"); a state in contact with rebels still talks to them
    armed = lexicon().military | word_class("armed_men")
    partners = [p for w in withs for p in w.children if p.dep_ == "pobj"]
    subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
    return not (any(lemma_of(p) in armed for p in partners) and
                any(lemma_of(p) in armed for p in subjects))
