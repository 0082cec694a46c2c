"""Crowds and workers in wire news: the frames that make an act the street's, not a state's.

"protesters stormed parliament" is a riot, "unions plan a strike" a labour strike, "tens
of thousands poured into the streets" a demonstration, and "many shops stayed shut" the
state of the street (no act). ``pipeline.triggers`` asks these before its lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import POSSIBLE
from pipeline.prep_objects import by_objects, prep_objects
from pipeline.syntax import climbed_subject
from pipeline.trigger_lexicon import lemma_of, lexicon, noun_rest_ok, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Subjects that make an act of force a civilian riot ("protesters stormed parliament",
#: "crowds set fire to the mayor's office"): people in the street, not armed forces.
CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob",
                    "marcher", "student", "supporter", "youth", "thousand", "hundred",
                    "dozen", "follower", "loyalist"})
#: Damage done by a crowd ("burned pictures", "broke through police lines").
RIOTING = frozenset({"storm", "burn", "torch", "smash", "loot", "ransack", "vandalise",
                     "vandalize", "deface", "overturn", "set", "break", "occupy", "invade",
                     "breach", "tear", "topple", "pelt", "seize",
                     # a crowd clashing (with police, or anyone: the verb is not read for
                     # whom) or besieging a place riots ("protesters clashed with police",
                     # "besieged the airport", "blockaded the port")
                     "clash", "besiege", "blockade"})
#: Workers and their organisations: their "strike" is a labour strike, not an air strike.
WORKERS = frozenset({"union", "worker", "teacher", "doctor", "nurse", "miner", "docker",
                     "driver", "employee", "staff", "federation", "confederation", "pilot",
                     "farmer", "trucker", "pensioner", "student", "labour", "labor"})
#: Heads of a count or membership of workers ("thousands of workers", "members of the
#: union", "leaders of the miners' union").
COUNTED = frozenset({"thousand", "hundred", "dozen", "ten", "tens", "million", "score",
                     "member", "leader"})
#: Verbs of a crowd filling public space ("poured into the streets", "filled the square").
THRONGING = frozenset({"pour", "fill", "flood", "throng", "pack", "return", "spill", "take",
                       "swarm", "jam"})
PUBLIC_SPACE = frozenset({"street", "square", "road", "avenue", "boulevard", "plaza"})
#: Premises shut by a strike or standing shut, and the stoppages that shut them.
SHUTTING = frozenset({"shut", "close"})
PREMISES = frozenset({"shop", "store", "business", "market", "school", "university", "bank",
                      "office", "restaurant", "mall", "bazaar", "factory", "shopfront"})
STOPPAGES = frozenset({"strike", "walkout", "stoppage", "protest", "shutdown", "boycott"})
#: Armies and armed men whose strike is an armed one ("Israeli warplanes", "rebels"; word
#: classes ``hit_strikers`` and ``armed_men``, not the bare "strike"), and the weapons
#: whose story strikes with them ("missiles", "drones", "airstrike").
ARMED = (word_class("hit_strikers") | word_class("armed_men")) - {"strike"}
STRIKING_WEAPONS = word_class("weapons") | {"airstrike"}


#: Where a verb may hang on the clause whose subject it shares (three levels at most).
#: Narrower than ``syntax.subject`` on purpose: that one also climbs to controllers and
#: passive agents, which made "soldiers and mobs firing on villagers and burning their
#: homes" a riot.
CONTINUED = frozenset({"conj", "xcomp", "dobj", "ccomp"})


def _subject(tok: Token) -> Token | None:
    """The nominal subject of the verb or of the clause it continues."""
    return climbed_subject(tok, links=CONTINUED, steps=2)


def crowd_riot(tok: Token) -> bool:
    """"demonstrators stormed parliament", "protesters burned pictures of the prince": a
    crowd's damage is a riot (PLOVER PROTEST), not a military assault."""
    # "tried to take over the airport": taking a place over is seizing it
    taking_over = lemma_of(tok) == "take" and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    # "forced their way into parliament": a crowd breaking in
    forcing_way = lemma_of(tok) == "force" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ == "way" for c in tok.children)
    if (lemma_of(tok) not in RIOTING and not taking_over and not forcing_way) or any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    subj = _subject(tok)
    if subj is not None and subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
        subj = tok.head  # "protesters who stormed the ministry": the antecedent acts
    return subj is not None and lemma_of(subj) in CROWDS


def labour_strike(tok: Token) -> bool:
    """"unions plan strike", "the nurses' union called a strike": workers strike from
    work, not from the air. ``tok`` is the word "strike" (noun or verb), or a "hit" whose
    subject is such a strike ("strikes have hit refineries": the stoppage's reach)."""
    if lemma_of(tok) == "hit":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or lemma_of(subj) != "strike" or any(
                c.dep_ in ("dobj", "obj") and lemma_of(c) in word_class("armed_targets")
                for c in tok.children):
            return False  # ("strikes hit Houthi targets": arms hit targets)
        return _named_stoppage(subj) or _told_stoppage(subj)
    if lemma_of(tok) != "strike" or _named_stoppage(tok):
        return False  # (the lexicon codes "a general strike", "a hunger strike" itself)
    subj = _subject(tok) if tok.pos_ == "VERB" else (
        _subject(tok.head) if tok.dep_ in ("dobj", "obj") else None)
    if subj is not None and _workers_or_counted(subj):
        return True
    return _workers_own(tok) or _told_stoppage(tok)


def _told_stoppage(strike: Token) -> bool:
    """A strike told to happen (not "may begin an indefinite strike if ...") that is a
    stoppage by its own words (``_own_stoppage``) or, bare ("The strike is the largest
    since 2019", "... as Santa Cruz strikes"), in a story whose strike is a stoppage and
    none an armed one (``_story_stoppage``)."""
    return not _only_possible(strike) and (
        _own_stoppage(strike) or (_bare(strike) and _story_stoppage(strike)))


def _workers_or_counted(subj: Token) -> bool:
    """Workers ("the nurses", "the teachers' union"), a count of them or their members
    ("thousands of workers staged a strike", "members of the union"; not "the chief of
    staff", "a squadron of pilots": one of their ranks or units, whose strike may be an air
    strike)."""
    counted = subj.pos_ == "NUM" or lemma_of(subj) in COUNTED
    return any(lemma_of(w) in WORKERS or any(
        lemma_of(c) in WORKERS for c in w.children if c.dep_ in ("compound", "poss", "amod"))
        for w in (subj, *(of_objects(subj) if counted else ())))


def _own_stoppage(tok: Token) -> bool:
    """A strike its own words make a stoppage: workers' ("a teachers' strike"), one that
    lasts ("a three-day strike", "a week-long strike", "an indefinite strike": arms
    strike at a moment) or one called by someone ("a strike called by the unions";
    not "called off"). Not one the lexicon names armed ("a 10-hour drone strike") or
    one a state or armed force does or that kills ("Israel carried out a day-long
    strike ..., killing nine")."""
    if _workers_own(tok):
        return True
    if _named_armed(tok) or _armed_doer(tok) or _killing(tok):
        return False
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and _lasting(c) and not _aimed(tok):
            return True
        if c.dep_ == "acl" and lemma_of(c) == "call" and any(
                g.dep_ == "agent" for g in c.children) and not any(
                g.dep_ == "prt" and g.lower_ == "off" for g in c.children):
            return True
    return False


def _workers_own(tok: Token) -> bool:
    """"a teachers' strike", "the miners' strike"."""
    return any(c.dep_ in ("compound", "amod", "poss") and lemma_of(c) in WORKERS
               for c in tok.children)


def _armed(doer: Token, *, states: bool = True) -> bool:
    """An army or an armed group ("Israeli warplanes", "Russian forces", "rebels"), or
    with ``states`` a state ("Israel"); not workers ("Greek seamen")."""
    return lemma_of(doer) not in WORKERS and (
        (states and doer.ent_type_ in ("GPE", "NORP")) or
        lemma_of(doer) in ARMED)


def _armed_doer(tok: Token) -> bool:
    """The strike's doer is armed: its "by" agent ("a strike by Russian forces"), the
    subject of the verb that does it if armed ("warplanes carried out the strike"), or a
    state that carries it out ("Israel carried out a day-long strike"; not "Camacho led
    a 36-day strike", whatever the tagger makes of the name)."""
    if any(_armed(p) for p in by_objects(tok)):
        return True
    doer = _subject(tok.head) if tok.dep_ in ("dobj", "obj") else None
    return doer is not None and (_armed(doer, states=False) or (
        _armed(doer) and lemma_of(tok.head) in word_class("strike_doing_verbs")))


def _killing(tok: Token) -> bool:
    """The strike kills, or the clause that tells it does ("the strike, killing nine",
    "carried out the strike ..., killing a commander"): arms, not a stoppage."""
    verb = tok.head if tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else tok
    told = [verb, *(c for c in (*tok.children, *verb.children)
                    if c.dep_ in ("advcl", "conj", "acl", "relcl"))]
    return any(lemma_of(v) == "kill" for v in told)


def _only_possible(tok: Token) -> bool:
    """A strike only possible ("may begin an indefinite strike", "could stage a
    three-day strike if ...")."""
    verb = tok.head if tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else tok
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in verb.children) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                  for g in c.children) for c in verb.children)


def _lasting(mod: Token) -> bool:
    """"three-day", "24-hour", "week-long", "indefinite": a stretch of time."""
    units = word_class("stoppage_units")
    if lemma_of(mod) in word_class("stoppage_spans"):
        return True  # "indefinite", "open-ended"
    if lemma_of(mod) in units:  # "three-day", "24-hour", not "a day strike"
        return any(g.dep_ == "nummod" or g.text == "-" for g in mod.children)
    # "week-long": "long" hung with its time unit
    return mod.lower_ == "long" and any(lemma_of(g) in units for g in mod.children)


def _aimed(tok: Token) -> bool:
    """A strike "on" or "against" something, not a day ("strikes on rebel positions")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children)


def _bare(tok: Token) -> bool:
    """A strike with no words of its own but a determiner ("the strike", "strikes"), or
    a "strike" verb said of a place or crowd with nothing else ("as Santa Cruz strikes";
    not "rebels struck again", "the quake struck at dawn", "struck a deal"). (Where a
    place strikes: ``_story_stoppage``.)"""
    if tok.pos_ != "VERB":
        return all(c.dep_ in ("det", "punct") for c in tok.children)
    if any(c.dep_ not in ("nsubj", "mark", "aux", "punct", "cc") and not c.is_space
           for c in tok.children):  # (a headline's line break hangs on its last verb)
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (lemma_of(subj) in CROWDS | WORKERS or
                                 subj.ent_type_ in ("GPE", "LOC"))


def _name(tok: Token) -> str:
    """A proper name with its compounds ("Santa Cruz")."""
    return " ".join(t.lower_ for t in (*(c for c in tok.children if c.dep_ == "compound"),
                                       tok))


def _places(strike: Token) -> list[Token]:
    """Where a strike is ("a general strike in Santa Cruz, Bolivia")."""
    out = [p for s in (strike, *strike.conjuncts) for p in prep_objects(s, ("in", "across"))]
    # ("in Santa Cruz, Bolivia", "in his stronghold of Santa Cruz")
    return out + [g for p in out for g in p.children if g.dep_ in ("appos", "conj")] + [
        g for p in out for g in of_objects(p)]


def _story_stoppage(tok: Token) -> bool:
    """Whether another strike of the story is a stoppage by its own words or the
    lexicon's ("a general strike", "a 24-hour strike") and none is an armed one by the
    lexicon's ("air strikes", "drone strikes"), its aim ("strikes on the port") or its
    doer ("Israeli warplanes carried out the strike"), and this one kills no one. Of a
    bare strike (``_bare``): a place strikes so only where the story's stoppage is ("a
    general strike in Santa Cruz"; not "as Israel strikes" in a story of a West Bank
    strike)."""
    stoppages = _story_stoppages(tok)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) \
        if tok.pos_ == "VERB" else None
    if subj is not None and lemma_of(subj) not in CROWDS | WORKERS and _name(subj) not in {
            _name(p) for s in stoppages for p in _places(s)}:
        return False
    return bool(stoppages) and not _killing(tok)


def _story_stoppages(tok: Token) -> list[Token]:
    """The story's other strikes that are stoppages, none if the story tells armed ones
    (``_story_stoppage``)."""
    stoppages: list[Token] = []
    for other in tok.doc:
        if lemma_of(other) in STRIKING_WEAPONS:
            return []  # a story of missiles, drones or shells strikes with them
        if other.dep_ == "nsubj" and other.head.lemma_.lower() in ("strike", "hit", "carry") \
                and other.pos_ in ("NOUN", "PROPN") and _armed(other, states=False):
            return []  # "Israeli warplanes carried out the strike", "aircraft hit ..."
        if other.i == tok.i or lemma_of(other) != "strike" or other.pos_ != "NOUN":
            continue
        kinds = _kinds(other)
        if "ASSAULT" in kinds or _aimed(other) or _armed_doer(other):
            return []
        if "PROTEST" in kinds or _own_stoppage(other):
            stoppages.append(other)
    return stoppages


def _kinds(tok: Token) -> set[str]:
    """The types the lexicon's compounds of "strike" give ``tok`` ("general strike":
    PROTEST, "drone strike": ASSAULT)."""
    return {sense.type for rest, sense in lexicon().nouns["strike"]
            if rest and noun_rest_ok(tok, rest)}


def _named_stoppage(tok: Token) -> bool:
    """"a general strike", "a nationwide strike", "a hunger strike"."""
    return "PROTEST" in _kinds(tok)


def _named_armed(tok: Token) -> bool:
    """"air strikes", "a missile strike", "drone strikes"."""
    return "ASSAULT" in _kinds(tok)


def premises_shut(tok: Token) -> bool:
    """"many shops stayed shut", "schools were closed on Monday", "the strike shut
    universities": premises shut with no authority named doing it, or anything shut by a
    strike or the workers on strike, is the state of the street, no act of coercion; a
    strike is coded on its own word."""
    if lemma_of(tok) not in SHUTTING or any(c.dep_ == "agent" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    closed = objs + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not objs:
        # "shops shut on Monday", "shops stayed shut": the subject is what is shut
        closed += [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ in ("acomp", "oprd", "xcomp"):
            closed += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    closed += [g for c in closed for g in c.children if g.dep_ == "conj"]
    if not objs:
        return any(lemma_of(c) in PREMISES for c in closed)
    # "the strike shut universities", "the union federation ... shut universities and
    # closed the embassies": a stoppage or the workers on strike shut them
    doer = _subject(tok)
    clause = tok
    while clause.dep_ in ("conj", "dobj") and clause.head != clause:
        clause = clause.head  # "a strike that grounded flights and shut banks"
    if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                      for c in clause.children):
        doer = clause.head
    if doer is None:
        return False
    # workers shut premises by striking; "the Union shut its airspace" is the EU's act
    return lemma_of(doer) in STOPPAGES or (lemma_of(doer) in WORKERS and
                                         any(lemma_of(c) in PREMISES for c in closed))


def street_crowd(tok: Token, crowd: Callable[[Token], bool]) -> bool:
    """"tens of thousands poured into the streets", "huge crowds filled Tahrir Square":
    a crowd taking over public space is a demonstration. ``crowd`` says whether the
    verb's subject is a crowd."""
    if lemma_of(tok) not in THRONGING or not crowd(tok):
        return False
    places = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + [
        p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(lemma_of(p) in PUBLIC_SPACE or (
        p.ent_type_ in ("FAC", "GPE", "LOC") and p.lower_.endswith("square")) or any(
            lemma_of(c) == "square" for c in p.subtree) for p in places)
