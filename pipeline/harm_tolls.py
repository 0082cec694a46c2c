"""Harm told as a toll or as an act: "dozens had been injured" only counts casualties,
but "14 people were wounded when pagers exploded" tells the blast that wounded them, and
"90 people were injured, including 20 police officers" counts a side's losses among them.

An agentless passive of harm ("were injured", "had been wounded") names no doer; it is
news of violence (PLOVER ASSAULT) when the clause still tells the act: a cause hung on the
verb ("in the shelling", "by police"), an adverbial clause of the moment it happened
("when a shell struck"), or victims counted by their side ("seven soldiers", "including
two police officers"). Otherwise it is a bare toll (``pipeline.event_filters.screen``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.fatalities import counted_side
from pipeline.syntax import passive_patient
from pipeline.trigger_lexicon import lexicon, verb_rest_ok
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of harm whose agentless passive may only report a toll.
HARMED = frozenset({"injure", "wound", "hurt"})
#: Words that open a clause of the moment the harm was done ("when the truck blew up").
MOMENT_MARKERS = frozenset({"when", "as"})
#: Verbs of a blast ("exploded", "went off") and weapons that strike by themselves.
BLASTS = word_class("blasts")
WEAPONS = word_class("weapons")


def bare_casualties(tok: Token, event_type: str) -> bool:
    """"dozens had been injured", "285 people were injured on both sides of the
    frontier": an agentless passive of harm naming neither doer nor act is a casualty
    count; "wounded in the shelling", "injured by police", "wounded when pagers
    exploded" keep their act, and so do a side's counted losses ("seven soldiers were
    wounded", "including two police officers": the victims' country hit)."""
    if event_type != "ASSAULT" or tok.lemma_.lower() not in HARMED or not any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    patient = passive_patient(tok)
    if counted_side(patient) or _includes_counted_side(tok, patient):
        return False  # "seven soldiers were wounded": a side's counted losses
    if _moment_told(tok):
        return False  # "were wounded when pagers exploded": the blast is the act
    lex = lexicon()
    for c in tok.children:
        if c.dep_ == "agent":
            return False
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.nouns
                                    for p in c.children):
            return False
    return True


def _moment_told(tok: Token) -> bool:
    """"were wounded when the explosives-laden truck blew up": an adverbial clause of
    the moment of the harm tells the act that did it, if that is violence (a blast, an
    act the lexicon reads as an attack, or a weapon's doing: "when a shell struck"); "when
    a bus overturned" tells an accident."""
    return any(c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ in MOMENT_MARKERS for m in c.children)
        and _violent_clause(c) for c in tok.children)


def _violent_clause(verb: Token) -> bool:
    """A clause whose verb is a blast ("pagers exploded", "the grenade went off") or an
    attack in the trigger lexicon ("a shell struck", "gunmen opened fire"), or whose
    subject is a weapon ("a missile landed")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if lemma in BLASTS or any(f"{lemma} {p}" in BLASTS for p in particles):
        return True
    if any(sense.type == "ASSAULT" and verb_rest_ok(verb, rest)
           for rest, sense in lexicon().verbs.get(lemma, [])):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WEAPONS
               for c in verb.children)


def _includes_counted_side(tok: Token, patient: Token | None) -> bool:
    """"about 90 people were injured, including more than 20 police officers", "nine
    people, including two police officers, were wounded": a side counted among the
    victims (on the verb or on its patient, or any of the included conjuncts)."""
    heads = [tok] if patient is None else [tok, patient]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "including":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(counted_side(o) for o in (obj, *obj.conjuncts)):
                    return True
    return False
