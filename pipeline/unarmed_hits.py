"""A "hit" that is a blow of measures or hard times, not of arms: "a step that could hit
the country's garment exports", "carmakers would be hardest hit by any car tariffs",
"cities hit by unrest", "Ecuador has been hit by a surge in violence", "imposed tariffs
on U.S. goods, hitting American whiskey". No one struck anyone (no PLOVER ASSAULT); the
measure is coded on its own word ("imposed tariffs": SANCTION), and a state "hit by"
unrest or a surge of crime tells no act of its own. A weapon or an armed doer hitting
keeps the strike (``ordinary_mentions.struck_by_arms``), and so does a wave of attacks
("hit by a wave of bombings")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.ordinary_mentions import STRIKERS, struck_by_arms
from pipeline.prep_objects import prep_objects
from pipeline.trigger_lexicon import lemma_of, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What hits as arms in the passive agent or a "with" phrase: weapons, armed men and the
#: arms that strike (``ordinary_mentions.STRIKERS``; not the bare "strike"), or an attack.
ARMS = STRIKERS - {"strike"} | {"attack", "raid"}
#: Measures and hard times whose blow is no armed one ("tariffs", "unrest").
CONDITIONS = word_class("hitting_measures") | word_class("hard_times")


def unarmed_hit(tok: Token) -> bool:
    """Whether the verb ``tok`` ("hit") tells a blow to trade or the economy, one dealt by
    measures or hard times, or a measure's reach restated after the act that imposed it."""
    if lemma_of(tok) != "hit" or struck_by_arms(tok) or _armed_blow(tok):
        return False
    agents = [p for c in tok.children if c.dep_ == "agent"
              for p in c.children if p.dep_ == "pobj"]
    if any(_condition(a) for a in agents):
        return True  # "hit by unrest", "hardest hit by any car tariffs"
    struck = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    doers = agents + [_antecedent(c) for c in tok.children if c.dep_ == "nsubj"]
    if any(lemma_of(c) in word_class("economic_patients") and not _arms_making(c)
           for c in struck) and all(_condition(d) or lemma_of(d) in
                                    word_class("hitting_doers") for d in doers):
        return True  # "could hit the country's garment exports" (a step, tariffs, none)
    # "imposed tariffs on U.S. goods, hitting American whiskey": the tariffs' reach
    head = tok.head
    return tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG" and \
        lemma_of(head) in word_class("imposing_verbs") and any(
            c.dep_ in ("dobj", "obj") and lemma_of(c) in word_class("hitting_measures")
            for c in head.children) and not any(
            c.dep_ in ("dobj", "obj") and c.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
            for c in tok.children)


def _armed_blow(tok: Token) -> bool:
    """Arms named in the passive agent or a "with" phrase ("hit by Russian missiles",
    "hit by a car bomb", "hit ... with glide bombs"), or an attack ("hit by an attack"):
    what is hit is struck, whatever it is."""
    return any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with") and
               lemma_of(p) in ARMS for c in tok.children for p in c.children
               if p.dep_ == "pobj")


def _antecedent(subj: Token) -> Token:
    """"a step that could hit exports": the relative pronoun's antecedent."""
    if subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _arms_making(patient: Token) -> bool:
    """"Iran's missile production", "the drone industry": a military target."""
    return any(c.dep_ in ("compound", "amod") and lemma_of(c) in word_class("arms_makings")
               for c in patient.children)


def _condition(agent: Token) -> bool:
    """A measure or a hard time ("tariffs", "unrest"), or a rise of one ("a surge in
    violence"; not "a wave of bombings")."""
    if lemma_of(agent) in word_class("hitting_rises"):
        told = of_objects(agent) + prep_objects(agent, ("in",))
        return any(_condition(t) for t in told)
    return lemma_of(agent) in CONDITIONS
