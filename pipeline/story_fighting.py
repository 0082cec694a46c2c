"""Fighting told as the subject of its own course: "Fighting continued in Ras al-Ain on
Thursday", "heavy fighting followed around the state broadcaster", "war broke out in
November 2020". The noun names no side because the story has named them: in a story
between two countries it is their fighting, each side's towards the other; in a story
about one country (alone or with an international body such as the UN or the AU) it is
that country's own. Fighting that only dates another act ("after the fighting began,
India closed its airspace"), or, between two countries, whose start is told as one side's
act ("the war began when Hamas attacked Israel"), is left to the rules that read that act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Nouns of fighting that no side is named for (not an attack, a strike: those have an
#: author the story may not share).
FIGHTS = word_class("two_sided_fights")
#: Verbs that tell a fight's own course; "followed" only without an object ("heavy fighting
#: followed"; "the fighting followed a shootout" comments on it).
COURSE = frozenset({"continue", "erupt", "rage", "resume", "begin", "start", "intensify",
                    "escalate", "spread", "follow", "persist"})
#: Acts that open a fight ("the war began with the Oct. 7 attack").
OPENINGS = frozenset({"attack", "assault", "offensive", "strike", "invasion", "raid",
                      "incursion"})


def story_fighting(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                   ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) for a fighting noun that is the subject of its own course in a
    main clause and names no side; else None."""
    tok = trig.token
    focus, pair = finder.resolver.focus, finder.resolver.pair
    if not trig.nominal or trig.sense.type != "ASSAULT" or focus is None or \
            tok.lemma_.lower() not in FIGHTS or tok.dep_ != "nsubj" or not _course(tok.head):
        return None
    if any(c.dep_ in ("poss", "prep") for c in tok.children):
        return None  # "Russia's war", "fighting with Tajikistan": the rules' reading stands
    sources, targets = finder.noun_modifiers(tok, speaker)
    if sources or targets:
        return None
    if pair and len(set(pair)) == 2 and not set(pair) & BODIES:
        if _opened_by_one_side(tok.head):
            return None
        return [party(pair[0]), party(pair[1])], []
    if pair is None or set(pair) - {focus} <= BODIES:
        return [party(focus)], [party(focus)]
    return None


def _course(verb: Token) -> bool:
    """Whether a main verb tells its subject's own course ("continued", "broke out")."""
    if verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False  # "after the fighting began": it dates another act
    lemma = verb.lemma_.lower()
    if lemma == "break":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma == "follow" and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    return lemma in COURSE


def _opened_by_one_side(verb: Token) -> bool:
    """"the war began when Hamas attacked Israel", "began with the attack on Israel":
    the act that opened the fighting is told with its author, and is the event."""
    return any(c.dep_ == "advcl" for c in verb.children) or any(
        t.lower_ == "when" and t.head.i != verb.i and t.head.pos_ == "VERB"
        for t in verb.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            p.lemma_.lower() in OPENINGS for p in c.children if p.dep_ == "pobj")
        for c in verb.children)
