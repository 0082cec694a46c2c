"""An expectation voiced of another party's conduct is a demand of it (PLOVER REQUEST):
"Beijing expected Malaysia to keep it fully informed", "expected both governments to
implement it". The lexicon lists "expect" among the requests; this module says where the
verb has that sense, since it is far more often a forecast ("is expected to arrive",
"analysts expect prices to rise", "expects Poland to buy more tanks next year"): only of
conduct a party owes (word class conduct_acts: comply, abide, hand over, stop), unhedged,
and with no date or sum that makes it a forecast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.counted_parties import PARTY_LABELS
from pipeline.syntax import has_neg, subject
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity tags of a date or a sum: an act foretold ("to release 100 prisoners", "to
#: disburse $1 billion next month", "to double its arsenal by 2030").
FORECAST_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
#: Clause marks that hedge the expectation ("If Moscow expects Kyiv to surrender ...").
HEDGES = frozenset({"if", "unless", "whether"})


def expected_conduct(tok: Token) -> bool:
    """"expected Malaysia to keep it informed": an active, unnegated, unhedged "expect"
    whose subject is no forecaster, of a party's own conduct (``owed_conduct``) with no
    date or sum in it."""
    if has_neg(tok) or any(c.dep_ in ("auxpass", "nsubjpass") or
                           (c.dep_ == "mark" and c.lower_ in HEDGES) for c in tok.children):
        return False
    doer = subject(tok)[0]
    if doer is not None and lemma_of(doer) in word_class("forecasters"):
        return False
    act, party = _expected_act(tok)
    if act is None or party is None or not owed_conduct(act):
        return False
    if foretold(act):
        return False  # "to send more Patriot missiles this year", "to deliver them soon"
    return party.ent_type_ in PARTY_LABELS or lemma_of(party) in word_class(
        "addressed_parties") or any(c.dep_ in ("amod", "compound", "poss") and
                                    c.ent_type_ in PARTY_LABELS for c in party.children)


def owed_conduct(act: Token) -> bool:
    """Conduct one party can ask of another: a verb of compliance or restraint (word class
    conduct_acts: "to abide by it", "to hand over any evidence"), a light verb with such an
    object (conduct_objects: "to take action"), a way of acting ("to operate their
    militaries safely") or keeping to one ("to keep it fully informed"); not an outcome,
    a purchase or a plan foretold ("to buy more tanks", "to keep buying its oil")."""
    lemma = lemma_of(act)
    if lemma in word_class("conduct_acts"):
        return True
    if lemma == "keep":
        return any(lemma_of(c) in word_class("conduct_acts") for c in act.children
                   if c.i > act.i)
    if any(c.dep_ in ("dobj", "obj") and lemma_of(c) in word_class("conduct_objects")
           for c in act.children):
        return True
    return lemma in word_class("manner_acts") and any(
        c.dep_ == "advmod" and c.lower_.endswith("ly") for c in act.children)


def foretold(act: Token) -> bool:
    """An act given a time or a sum, as a forecast is: "to release the hostages within
    days", "to disburse $1 billion", "to release 100 prisoners", "soon"; a date that only
    names a thing ("to honour the 1965 treaty") gives the act no time."""
    said = [c for c in act.children if c.dep_ not in ("prep", "dobj", "obj")]
    said += [g for c in act.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]
    if any(t.ent_type_ in FORECAST_ENTS or t.like_num or t.lower_ == "soon" for t in said):
        return True
    sums = [g for c in act.children if c.dep_ in ("dobj", "obj")
            for g in (c, *c.children) if g.dep_ in ("dobj", "obj", "nummod", "quantmod")]
    return any(t.ent_type_ not in ("DATE", "TIME") and
               (t.ent_type_ in FORECAST_ENTS or t.like_num) for t in sums)


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
