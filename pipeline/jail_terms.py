"""A jail term is a sentence: "was jailed for 10 years", "jails 45 democrats for up to 10
years", "jailed for 15 days". Jailing someone for a stated term punishes a conviction
(PLOVER SANCTION: convict), as "sentenced to ten years" does; jailing with no term
("ordered him jailed pending trial") is a detention (COERCE), the lexicon's reading of
"jail". The durations are ``term_units`` in ``data/word_classes.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import judicial
from pipeline.prep_objects import prep_objects
from pipeline.syntax import doer
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

JAIL_TERM = Sense("SANCTION", "convict", "jail term")
#: Verbs of putting someone in prison.
JAILING = frozenset({"jail", "imprison", "incarcerate"})


def jail_term(tok: Token) -> bool:
    """``tok`` jails someone "for" a counted term ("for eight years", "for up to 10
    years", "for life"), or a court does ("the court jailed them for decades"). A
    detention with a length is no sentence: held "without charge", "pending trial",
    "before being deported", or held so far ("has been imprisoned for five years")."""
    if lemma_of(tok) not in JAILING or _detention(tok):
        return False
    court = _by_a_court(tok)
    if not court and any(c.dep_ == "aux" and lemma_of(c) == "have" for c in tok.children):
        return False  # "has been imprisoned for five years": time held so far
    return any(lemma_of(p) in word_class("term_units") and (
        court or lemma_of(p) == "life" or any(c.dep_ == "nummod" for c in p.children))
        for p in prep_objects(tok, ("for",)))


#: Words of a detention awaiting its end: "pending trial", "awaiting a verdict".
AWAITING = frozenset({"pending", "awaiting", "await"})
#: What a detention is held "without": no charge or trial, no conviction.
UNTRIED = frozenset({"charge", "trial"})
#: Ends of a detention ("before being deported", "before a prisoner swap").
DETENTION_ENDS = frozenset({"release", "deport", "free", "swap", "exchange", "expel",
                            "expulsion"})


def _detention(tok: Token) -> bool:
    """The clause of ``tok`` tells a detention, no sentence: "without charge", "pending
    trial", "awaiting a verdict", "before releasing them"."""
    for t in tok.subtree:
        if t.lower_ in AWAITING:
            return True
        objs = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
        if t.lower_ == "without" and any(lemma_of(o) in UNTRIED for o in objs):
            return True
        if t.lower_ == "before" and any(
                lemma_of(x) in DETENTION_ENDS for o in objs for x in (o, *o.children)):
            return True
    return False


def _by_a_court(tok: Token) -> bool:
    """"A court in Tehran jailed him", "was jailed by a military tribunal"."""
    d = doer(tok)
    return d is not None and judicial(d)  # a court, judge or tribunal (role JUD)
