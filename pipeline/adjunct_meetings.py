"""Meetings told in an adjunct of another clause: "X was on a visit to India", "X told Y
in a phone call", "X flew home after talks with Y", "X is due to arrive for talks with
Y". The meeting noun names no party before it, so the nominal reading finds no source
and the mention was dropped as background; but the clause it hangs on says who met:
its subject is one party, and the other is the noun's own "with"/"to" party or, for a
call, the person the verb addresses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.prep_objects import prep_objects
from pipeline.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Prepositions that put a meeting beside the clause's own act ("on a visit", "in a
#: call", "after talks", "during a meeting", "for talks").
ADJUNCT_PREPS = frozenset({"on", "in", "after", "during", "for", "following", "at"})
#: Prepositions that make a meeting the scene of another act ("asked India to withdraw at
#: a meeting with its minister", "agreed in calls with world leaders"): the act is done
#: at the meeting, which is held as well, so it is no mere argument of the act's verb.
SCENE_PREPS = frozenset({"at", "in", "during"})
#: Trips one is "on" ("was on a visit to India"); other meetings "on" are topics.
TRIPS = frozenset({"visit", "trip", "tour"})
#: Verbs of being or arriving somewhere "for talks" (being there for them is holding them).
ARRIVING = frozenset({"be", "arrive", "travel", "fly", "come", "go", "head", "land"})


def meeting_as_scene(trig: Trigger) -> bool:
    """A meeting noun that is the scene of a verbal trigger's act ("pledged at the summit
    between the rivals") is a second event of the sentence, not what the act acts on."""
    tok = trig.token
    return trig.nominal and trig.sense.type == "CONSULT" and tok.dep_ == "pobj" and \
        tok.head.lower_ in SCENE_PREPS


def adjunct_meeting(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                    ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of a meeting noun in an adjunct of a clause whose subject is a
    party, or None."""
    tok = trig.token
    if not trig.nominal or trig.sense.type != "CONSULT" or tok.dep_ != "pobj" or \
            tok.head.lower_ not in ADJUNCT_PREPS:
        return None
    verb = _clause_verb(tok.head.head, phone=trig.sense.mode == "phone")
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if tok.head.lower_ == "for" and verb.lemma_.lower() not in ARRIVING:
        return None  # "pushed for talks with the US": talks sought, not held
    if tok.head.lower_ == "at" and verb.lemma_.lower() not in ARRIVING and \
            not _verbal_trigger(verb, "at"):
        return None  # "hinted at a summit with X", "scoffed at talks": what is spoken of
    if tok.head.lower_ == "on" and tok.lemma_.lower() not in TRIPS:
        return None  # "refused to comment on the talks": the topic, not a meeting
    own_sources, targets = finder.noun_modifiers(tok, speaker)
    sources = finder.subject_actors(verb, speaker)[0]
    if not sources or (own_sources and not set(own_sources) & set(sources)):
        return None  # "Russia's talks with China" told by a third clause: not this one
    own = {s.country for s in sources if s.country}
    if not targets:
        # "told Netanyahu in a phone call": the addressee is the other party
        # (not the verb's place: "flew to Nairobi after talks" met nobody in Kenya)
        targets = finder.object_actors(
            [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")], speaker)
    if not targets and trig.sense.mode == "phone":
        # "apologised to Putin in a phone call": a call's other end is the one spoken to
        targets = finder.object_actors(prep_objects(verb, CALLED_PREPS), speaker)
    if not targets and tok.head.lower_ == "for":
        # "is due in Jakarta for talks", "arrived in Beijing for a three-day visit": with
        # no party named, the host is the country arrived in
        targets = finder.object_actors(_arrived_in(verb), speaker)
        targets = [t for t in targets if t.country and t.country not in own]
    targets = [t for t in targets if t not in sources]
    if not targets and trig.sense.mode == "phone" and len(own) >= 2:
        # "Macron and Tebboune agreed in a telephone call": the callers are each other's
        # other end
        return sources[:1], [s for s in sources[1:] if s.country != sources[0].country]
    if not targets:
        return None
    return sources, targets


#: Prepositions of the place one arrives in ("is due in Jakarta", "travelled to Ankara").
ARRIVED_PREPS = frozenset({"in", "to", "into"})


def _arrived_in(verb: Token) -> list[Token]:
    """The places a verb of arriving names ("arrived in Beijing"; "is due in Jakarta",
    where the place hangs on "due")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return [p for h in heads for p in prep_objects(h, ARRIVED_PREPS) if p.ent_type_ == "GPE"]


#: Prepositions of the party spoken to on a call ("apologised to Putin", "spoke with").
CALLED_PREPS = frozenset({"to", "with"})


def _clause_verb(head: Token, *, phone: bool) -> Token:
    """The verb a meeting adjunct belongs to: the word it hangs on, or the verb above an
    object it was hung on ("told Netanyahu in a phone call", "informed Wang of the
    decision in a phone call": a call only; "the lack of progress in the talks" is no
    scene of the verb above)."""
    for _ in range(2):
        if head.dep_ in ("dobj", "obj", "dative") and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        if phone and head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "of the decision": up to what the "of" hangs on
            continue
        break
    return head


def _verbal_trigger(verb: Token, prep: str) -> bool:
    """The verb is a verbal trigger of its sentence not read with ``prep`` as its
    particle ("pledged at the summit", "to reopen the border at a meeting"), so a meeting
    after ``prep`` is the act's scene; "hinted at", "scoffed at" are no acts, and a
    meeting after them is what they speak of."""
    return any(not t.nominal and t.token == verb and prep not in t.sense.phrase.split()
               for t in find_triggers(verb.sent))
