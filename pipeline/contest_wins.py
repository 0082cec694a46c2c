"""Wins in a contest told with a verb of blows: "Spain reached the final after beating
France", "India beat Australia by six wickets", "Germany were beaten by Japan", "beat Messi to the
Ballon d'Or", "beat the champion into second place"; and a penalty kicked in a game
("converted the penalty", "an O'Gara penalty").

A beating is done to persons ("police beat protesters", "beat a prisoner to death"); a
country named as what is beaten (a place entity, not its people) lost a match, a vote or
a race. A war is coded by its own acts (strikes, shelling, captures), not by "beat".
``pipeline.event_filters.screen`` drops such a reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup
from pipeline.prep_objects import prep_objects
from pipeline.syntax import OBJ_DEPS, compound_name, passive_patient
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of blows that also tell a win ("beat", "pummel").
BLOWS = word_class("contest_blows")
#: Verbs of blows that tell a win only beside a score ("pummelled Bolivia 5-1").
SCORED_BLOWS = word_class("scored_blows")
#: A score in the clause's text ("2-1", "40-12"; the tokenizer may split it).
SCORE = re.compile(r"\b\d+ ?[-\u2013] ?\d+\b")


def _score_told(tok: Token) -> bool:
    """The clause tells a score: "5-1" or a margin "by nine wickets" (a prep, not the
    passive agent "by 20 drones")."""
    clause = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return SCORE.search(clause) is not None or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(
            p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)
            for p in c.children)
        for c in tok.children)


def _country_name(tok: Token) -> bool:
    """"France", "New Zealand": a country's own name in the singular, not its people
    ("Palestinians", "French") and no common noun."""
    if tok.tag_ != "NNP":
        return False
    return country_named(lookup(compound_name(tok, tag="NNP"))) is not None


def beaten_country(tok: Token) -> bool:
    """The verb of blows has a country's name for what is beaten, with no person in it
    ("beating France 2-1", "Australia was beaten"; not "beat a French journalist").
    Scores and stray words parsed as objects ("2-1") are no nouns and are passed over."""
    if lemma_of(tok) not in BLOWS or (lemma_of(tok) in SCORED_BLOWS and not _score_told(tok)):
        return False
    beaten = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    if (patient := passive_patient(tok)) is not None:
        beaten.append(patient)
    nouns = [b for b in beaten if b.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(nouns) and all(_country_name(b) for b in nouns)


#: What a contest is won "to" or a rival beaten "into" ("to the award", "into second place").
PRIZES = word_class("contest_prizes")
#: A place in a ranking is a prize only with its rank ("into second place", not "beat
#: the prisoners into position").
PLACES = frozenset({"place", "spot", "position"})


def prize_race(tok: Token) -> bool:
    """"Beat Arsenal to the award", "beating Amy Winehouse to the best female prize",
    "beat Holm into second place": a rival beaten to a prize or into a place lost a
    race, and no one was hit ("beat the journalist to death" keeps its reading)."""
    return lemma_of(tok) in BLOWS and any(
        (lemma_of(p) in PRIZES or p.lower_ in PRIZES) and
        (lemma_of(p) not in PLACES or any(m.ent_type_ == "ORDINAL" or m.lower_ in (
            "top", "last") for m in p.children))
        for p in prep_objects(tok, ("to", "into")))


#: Verbs of play that take a penalty kick ("converted the penalty", "missed two penalties").
PENALTY_PLAYS = word_class("penalty_plays")
#: Verbs a team and a regulator's target share ("won a penalty", "took a penalty"): a kick
#: only with a player as subject or a game in the sentence (word class ``penalty_games``).
PENALTY_GAINS = word_class("penalty_gains")
#: Words of a game that make a gained penalty a kick in their sentence ("in the 89th minute").
PENALTY_GAMES = word_class("penalty_games")
#: Modifiers of a penalty imposed ("a record penalty", "the death penalty").
PENALTY_IMPOSED = word_class("penalty_imposed")


def penalty_kick(tok: Token) -> bool:
    """"Thompson converted the penalty", "missed two kickable penalties", "drew level
    with a Ronan O'Gara penalty": a penalty kicked, missed or awarded in a game is no
    punishment (PLOVER SANCTION). A verb of play over it, a kicker's name on it, or
    "kickable"; "imposed penalties", "the death penalty", "a record penalty from the
    Justice Department", "a penalty of $500 million", "won a penalty against the United
    States at the WTO" keep their reading."""
    if lemma_of(tok) != "penalty":
        return False
    if any(c.lower_ == "kickable" or (c.dep_ in ("compound", "poss") and
                                      c.ent_type_ == "PERSON") for c in tok.children):
        return True
    if any((c.dep_ == "prep" and c.lower_ in ("of", "from", "against")) or
           c.ent_type_ == "MONEY" or lemma_of(c) in PENALTY_IMPOSED for c in tok.children):
        return False
    if tok.dep_ not in ("dobj", "obj", "nsubjpass", "pobj"):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "drew level with a penalty", "scored from a penalty"
    if lemma_of(head) in PENALTY_PLAYS:
        return True
    return lemma_of(head) in PENALTY_GAINS and (
        any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in head.children) or
        any(lemma_of(w) in PENALTY_GAMES for w in tok.sent))
