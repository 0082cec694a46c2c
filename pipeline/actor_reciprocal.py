"""Acts each party does to the other ("each side accused the other", "each government
blamed the other"): both of the story's parties are sources, each acting on the other,
so both directions are events.

The distributive subject ("each side") resolves to one party only, and "the other" to
the other one, so without this only one direction of a two-way act is coded.
(Coordinated subjects with "each other" are already each other's recipients:
``pipeline.event_pairs.actor_pairs``.) Runs last in ``ArgumentFinder.attach``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.implied_parties import party, party_codes
from pipeline.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor


def objects_of(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its prepositions ("fired at")."""
    direct = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return direct + [p for c in verb.children if c.dep_ == "prep"
                     for p in c.children if p.dep_ == "pobj"]


def _each_the_other(subj: Token, objs: list[Token]) -> bool:
    """"each side ... the other": a distributive subject facing "the other"."""
    return any(c.dep_ == "det" and c.lower_ == "each" for c in subj.children) and any(
        o.lower_ == "other" and any(c.lower_ == "the" for c in o.children) for o in objs)


def each_the_other(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                   ) -> list[Actor] | None:
    """The story's two parties, each to act on the other, when the clause is "each
    <party> <verb> the other"; None otherwise (and when the subject is not one of the
    story's two parties: "each of the rebels' commanders blamed the other" is left to the
    other rules)."""
    tok = trig.token
    pair = finder.resolver.pair
    if trig.nominal or not pair:
        return None
    subj = subject(tok)[0]
    if subj is None or not _each_the_other(subj, objects_of(tok)):
        return None
    parties = finder.actor(subj, speaker)
    if len(parties) != 1 or not party_codes(parties) <= set(pair):
        return None
    return [party(c) for c in pair]
