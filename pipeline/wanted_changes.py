"""A party wanting another to act or a thing done demands it: "Paris wants the bloc to
tighten checks", "Kathmandu wanted the dispute settled through talks" (PLOVER REQUEST)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import in_if_clause, is_negated
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

WANTED = Sense("REQUEST", "change", "want done")
#: Verbs of wanting whose small clause ("wants X to act") states a demand.
WANTING = frozenset({"want"})


def wanted_change(tok: Token) -> bool:
    """"wants North Macedonia to acknowledge ...", "wanted the original terms restored":
    wanting is a demand only with a small clause that names who is to act or what is to be
    done (its own subject and a "to" infinitive or a participle); "wanted to complete the
    demarcation" states an aim, "did not want the dispute to damage ties" and "if Moscow
    wants talks to succeed" demand nothing."""
    if lemma_of(tok) not in WANTING or tok.pos_ != "VERB" or is_negated(tok) or \
            in_if_clause(tok):
        return False
    if any(c.dep_ == "nsubj" and _bare_plural(c) for c in tok.children):
        return False  # "investors want the central bank to cut rates": a market's wish
    return any(_small_clause(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp"))


def _small_clause(verb: Token) -> bool:
    """A complement with a subject of its own, to act ("X to tighten") or to be done to
    ("the terms restored": the small model often tags the participle as a past tense),
    and no verb of going on ("the arrangement to continue" wishes, it asks nothing)."""
    if lemma_of(verb) in word_class("going_on") or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return any(c.lower_ == "to" for c in aux)
    return verb.tag_ in ("VBN", "VBD") and not aux


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner or modifier ("investors", "fans")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
