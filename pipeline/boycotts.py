"""A boycott by citizens, opposition parties or their lawyers ("the main opposition
parties boycotted the vote", "South Koreans have boycotted Japanese beer") is civilian
collective dissent (PLOVER PROTEST); a state boycotting proceedings or a meeting ("China
boycotted the proceedings") refuses them (the verb's own REJECT)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actor_lexicon import lexicon
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

#: Roles (data/roles.toml) of boycotters who are civilians or the opposition.
CIVIL_ROLES = frozenset({"CVL", "OPP"})


def _boycotter(tok: Token) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that", "who"):
        subj = None
    if subj is None:  # "a vote boycotted by the main opposition parties"
        subj = next((p for c in tok.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"), None)
    return subj


def civil_boycott(tok: Token) -> bool:
    """Whether ``tok`` is "boycott" done by civilians or the opposition."""
    if lemma_of(tok) != "boycott":
        return False
    who = _boycotter(tok)
    if who is None:
        return False
    if who.ent_type_ == "NORP" and who.tag_ in ("NNS", "NNPS"):
        return True  # "South Koreans", "Palestinians": a people, not its government
    words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod", "nmod"))]
    roles = lexicon().roles
    civil = word_class("civil_boycotters")
    return any(roles.get(lemma_of(w)) in CIVIL_ROLES or lemma_of(w) in civil
               or w.lower_ in civil for w in words)
