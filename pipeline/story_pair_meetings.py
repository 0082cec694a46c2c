"""Talks or an exchange told as the subject of their own course: "the talks ended without
a breakthrough", "the exchange took place at the airport", "it was their first meeting".
The noun names no party because the story has named them; in a story between two
parties (``ActorResolver.pair``) the mutual act is theirs. Only mutual acts: an attack or
an aid delivery told this way has a direction the story's pair does not give."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party
from pipeline.trigger_cooperation import TALK_MEASURES

if TYPE_CHECKING:
    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Mutual acts by their noun: each side does it with the other.
MUTUAL_NOUNS = frozenset({"exchange", "swap"})
#: Verbs that tell an act's own course: only "took place", "began", "ended" report it;
#: other verbs with the act as subject comment on an act told already ("the swap showed",
#: "the exchange did not change Estonia's view", "the meeting was arranged by Russia").
COURSE_VERBS = frozenset({"begin", "start", "open", "end", "resume", "last", "conclude",
                          "continue", "close"})
#: Possessives that name the two parties themselves ("their first meeting").
THEIR = frozenset({"their"})


def story_pair_meeting(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                       ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) = the story's two parties for a mutual act noun that is the
    subject of its clause (or "their ..." predicated of it) and names no party; else None."""
    tok = trig.token
    if not trig.nominal or not (trig.sense.type == "CONSULT" or (
            trig.sense.type == "RETREAT" and tok.lemma_.lower() in MUTUAL_NOUNS)):
        return None
    pair = finder.resolver.pair
    if not pair or len(set(pair)) != 2 or any(c in BODIES for c in pair):
        return None
    own = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    head = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in TALK_MEASURES:
        head = tok.head.head  # "two rounds of talks ended": the measure is the subject
    if head.dep_ in ("nsubj", "nsubjpass"):
        if any(c.lower_ not in THEIR for c in own if c.dep_ == "poss"):
            return None  # "Russia's talks with China ended": named by the rules or not at all
        verb = head.head
        took_place = verb.lemma_.lower() == "take" and any(
            c.dep_ in ("dobj", "obj") and c.lower_ == "place" for c in verb.children)
        if not took_place and verb.lemma_.lower() not in COURSE_VERBS:
            return None
    elif not (tok.dep_ == "attr" and any(c.lower_ in THEIR for c in own)):
        return None
    sources, targets = finder.noun_modifiers(tok, speaker)
    if sources or targets:
        return None  # parties of its own: the rules' reading stands
    return [party(pair[0])], [party(pair[1])]
