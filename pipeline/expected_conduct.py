"""An expectation voiced of another party's conduct is a demand of it (PLOVER REQUEST):
"Beijing expected Malaysia to keep it fully informed", "expected both governments to
implement it". The lexicon lists "expect" among the requests; this module says where the
verb has that sense, since it is far more often a forecast ("is expected to arrive",
"analysts expect prices to rise", "Kyiv expects Russia to attack again")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.prep_objects import prep_objects
from pipeline.syntax import has_neg, subject
from pipeline.trigger_claims import HOSTILE
from pipeline.trigger_lexicon import lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity tags of a party one can expect conduct of.
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def expected_conduct(tok: Token) -> bool:
    """"expected Malaysia to keep it informed": an active, unnegated "expect" whose
    subject is no forecaster, of a party's own act that is neither foretold (word class
    forecast_acts: "to win", "to visit") nor hostile ("expects Russia to attack": a
    forecast of the attack, no demand of it)."""
    if has_neg(tok) or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    doer = subject(tok)[0]
    if doer is not None and lemma_of(doer) in word_class("forecasters"):
        return False
    act, party = _expected_act(tok)
    if act is None or party is None or lemma_of(act) in word_class("forecast_acts"):
        return False
    lex = lexicon()
    # the act's own verb or, after a light verb, its object ("to launch an offensive"),
    # or what it answers with ("to respond with missile strikes")
    done = [lemma_of(act)] + [lemma_of(c) for c in act.children if c.dep_ in ("dobj", "obj")]
    done += [lemma_of(o) for o in prep_objects(act, ("with",))]
    if any(sense.type in HOSTILE for word in done
           for _, sense in lex.verbs.get(word, []) + lex.nouns.get(word, [])):
        return False
    return party.ent_type_ in PARTY_ENTS or lemma_of(party) in word_class(
        "addressed_parties") or any(c.dep_ in ("amod", "compound", "poss") and
                                    c.ent_type_ in PARTY_ENTS for c in party.children)


def _expected_act(tok: Token) -> tuple[Token | None, Token | None]:
    """(the act, the party expected to do it): "expected Malaysia [dobj] to keep [xcomp]",
    or the small model's readings of the same ("expected Washington [nsubj] to hand
    [ccomp]", "expected Russian law enforcement [dobj] to protect [acl]")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and _infinitive(c):
            party = next((g for g in c.children if g.dep_ == "nsubj"), None) or obj
            return c, party
    if obj is not None:
        act = next((g for g in obj.children if g.dep_ == "acl" and _infinitive(g)), None)
        if act is not None:
            return act, obj
    return None, None


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
