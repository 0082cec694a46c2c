"""A truce or a deal told as the subject of its own course: "the truce took effect at
0700", "a ceasefire, which took effect on Wednesday", "Egyptian-brokered ceasefire halts
11 days of fighting", "the agreement took shape last month". Like talks told this way
(``pipeline.story_pair_meetings``) the noun names no party because the story has named
them: in a story between two countries the truce is theirs, each side's towards the
other. A truce whose course only dates another act ("after the truce took effect, Iran
fired") is no event of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party
from pipeline.story_pair_meetings import COURSE_VERBS, THEIR
from pipeline.trigger_objects import TRUCES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Types of a truce or deal noun: declared (CONCEDE) or agreed (AGREE).
TRUCE_TYPES = frozenset({"CONCEDE", "AGREE"})
#: Verbs of a truce's course besides the talks' own: it holds, it halts the fighting; not
#: its end ("the truce ended on Friday" is no truce agreed or declared).
TRUCE_COURSE = (COURSE_VERBS - {"end", "close", "conclude", "collapse", "break"}) | {
    "hold", "halt"}
#: Objects of "take" that make a course ("took effect", "took shape", "took hold").
TAKEN = frozenset({"effect", "shape", "hold"})


def story_pair_truce(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                     ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) = the story's two parties, each towards the other, for a
    truce or deal that is the subject of its own course in a main or relative clause and
    names no party of its own; else None."""
    tok = trig.token
    pair = finder.resolver.pair
    if not pair or len(set(pair)) != 2 or any(c in BODIES for c in pair):
        return None
    noun: Token | None
    if trig.nominal:
        if trig.sense.type not in TRUCE_TYPES or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        noun, verb = tok, tok.head
        if not _course(verb):
            return None
    else:
        if trig.sense.phrase != "take effect":
            return None
        noun, verb = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                          None), tok
        if noun is not None and noun.lower_ in ("which", "that") and tok.dep_ == "relcl":
            noun = tok.head  # "a ceasefire, which took effect on Sunday"
    if noun is None or noun.lemma_.lower() not in TRUCES or _dates_another_act(verb):
        return None
    if any(c.dep_ == "poss" and c.lower_ not in THEIR for c in noun.children):
        return None  # "Israel's truce took effect": named by the rules or not at all
    sources, targets = finder.noun_modifiers(noun, speaker)
    if sources or targets:
        return None  # parties of its own: the rules' reading stands
    return [party(pair[0]), party(pair[1])], []


def _course(verb: Token) -> bool:
    """Whether a verb tells its subject's own course ("began", "held", "took effect")."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ in ("dobj", "obj") and c.lower_ in TAKEN for c in verb.children)
    return lemma in TRUCE_COURSE


def _dates_another_act(verb: Token) -> bool:
    """"after the truce took effect", "before it began": a subordinate clause of time
    that only dates the act of its main clause."""
    return verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children)
