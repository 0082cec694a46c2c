"""A party wanting another to act or a thing done demands it: "Paris wants the bloc to
tighten checks", "Kathmandu wanted the dispute settled through talks" (PLOVER REQUEST)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.counted_parties import PARTY_LABELS
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
    wants talks to succeed" demand nothing; nor does a market's, a public's or a
    firm's wish ("investors want", "most Americans want", "the company wants")."""
    if lemma_of(tok) not in WANTING or tok.pos_ != "VERB" or is_negated(tok) or \
            in_if_clause(tok):
        return False
    if any(c.dep_ == "nsubj" and (_bare_plural(c) or _public_share(c) or
                                  lemma_of(c) in word_class("closing_businesses") or
                                  lemma_of(c) in word_class("ordered_firms"))
           for c in tok.children):
        return False  # "investors want the central bank to cut rates": a market's wish
    return any(_small_clause(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp"))


def thing_wanted_done(tok: Token) -> bool:
    """"Russia wanted the sanctions lifted": the wish names a thing to be done, not who is
    to do it (a participle small clause)."""
    return any(_small_clause(c) and c.tag_ in ("VBN", "VBD") for c in tok.children
               if c.dep_ in ("ccomp", "xcomp"))


def _small_clause(verb: Token) -> bool:
    """A complement with a subject of its own, a party to act ("X to tighten") or a thing
    to be done to ("the terms restored": the small model often tags the participle as a
    past tense); not a thing's turning out ("the arrangement to continue", "the war to
    end", "inflation to fall": a wish, it asks nothing of anyone)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or (lemma_of(verb) in word_class("going_on") and not any(
            c.dep_ == "dobj" for c in verb.children)):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return any(c.lower_ == "to" for c in aux) and _party(subjects[0])
    return verb.tag_ in ("VBN", "VBD") and not aux


def _party(noun: Token) -> bool:
    """A party that can be asked to act: a named state, people, body or person, a pronoun
    for one, or a body named by its kind ("the bloc"); not a thing or a crowd ("inflation",
    "the country's birth rate", "foreign investors", "the Indian team")."""
    if noun.ent_type_ in PARTY_LABELS or noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in ("it", "this", "that")
    return lemma_of(noun) in word_class("acting_bodies")


def _public_share(noun: Token) -> bool:
    """A share of a public ("most Americans", "many voters", "a majority of Britons")."""
    return lemma_of(noun) in word_class("public_shares") or any(
        c.dep_ in ("amod", "det", "nummod", "quantmod") and c.lower_ in word_class("public_shares")
        for c in noun.children)


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner or modifier ("investors", "fans")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
