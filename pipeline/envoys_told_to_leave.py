"""Envoys told they must leave: "the minister said the envoy must leave the country within
two days", "announced that 18 Russian embassy staff must leave within 48 hours". Said by
the host state, a "must" on a foreign mission's members leaving is their expulsion
(PLOVER SANCTION: expel), the same act as "ordered the ambassador to leave"
(``wire_constructions.expulsion``), not a demand: the teller is the expelling party and
the envoys' state the one expelled (a spoken sense: ``event_filters.SPOKEN_SENSES``).
Only "must": "should leave" is advice or a demand a third party can make ("the opposition
said the ambassador should leave"); and not one's own envoys ("our diplomats must leave
Kyiv"), which is an evacuation."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.own_countries import any_at_home
from pipeline.syntax import SELF_WORDS
from pipeline.trigger_lexicon import Alternative, Sense, lemma_of
from pipeline.wire_constructions import ENVOYS, leaving_subject, mission_members
from pipeline.wire_senses import EXPULSION
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.triggers import Trigger
    from schemas import Actor

#: The sense of envoys told they must leave; its phrase is a spoken sense's.
TOLD_TO_LEAVE = Sense("SANCTION", "expel", "envoys must leave")
#: Modals that make leaving an obligation laid on the envoys.
OBLIGING = frozenset({"must"})


def _envoys(subj: Token) -> bool:
    """Members of a mission: "the envoy", "the ambassador, X", "18 Russian embassy staff",
    "consulate employees"; not one's own ("our diplomats", "its ambassador")."""
    if any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subj.children):
        return False
    return lemma_of(subj) in ENVOYS or lemma_of(subj) in word_class("envoys") or \
        mission_members(subj)


def envoys_told_to_leave(tok: Token) -> bool:
    """A leaving verb with "must", not negated, whose subject is members of a mission.
    Not "go": "the ambassador must go" is a call for his removal, which anyone can make
    (protesters, the opposition), and "must go" is as often a recall; "quit" is kept
    ("must quit the country"), while "must quit his post" has no envoys leaving a
    country but is rare beside "resign"."""
    if tok.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGING for c in tok.children):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "must not leave Moscow without permission": kept in, not expelled
    subj = leaving_subject(tok)
    return subj is not None and _envoys(subj)


def staff_ordered_out(tok: Token) -> bool:
    """An order to leave given to a mission's staff, not to its diplomats by title
    ("ordered non-emergency embassy staff to leave", "ordered its staff to leave"): the
    shape of an evacuation when they are the teller's own. Diplomats "from seven
    countries" with their states unresolved fall back to the teller's country, and are
    still expelled."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma_of(c) in _staff()
               for c in tok.children)


@cache
def _staff() -> frozenset[str]:
    """A mission's staff that are no diplomats by title."""
    return word_class("mission_staff") - word_class("envoys")


def evacuated(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    """The teller's own envoys told they must leave, or its own staff ordered out ("said
    embassy staff must leave Haiti", "ordered non-emergency embassy staff to leave
    Ukraine"): an evacuation, no event."""
    return (trig.sense == TOLD_TO_LEAVE or (trig.sense == EXPULSION and
                                            staff_ordered_out(trig.token))) and \
        own_envoys_leaving(sources, targets)


def own_envoys_leaving(sources: list[Actor], targets: list[Actor]) -> bool:
    """The teller's own envoys told to leave ("the State Department said embassy staff
    must leave Haiti"): an evacuation, no expulsion."""
    return any_at_home(sources, targets)


#: Roles of a party that can expel a mission: only a government sends envoys home, or a
#: junta ruling in its place (the actor lexicon gives "junta" the military's role).
EXPELLING_ROLES = frozenset({"GOV", "MIL"})


def said_by_no_government(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    """"the opposition leader said the ambassador must leave", "protesters said the envoy
    must leave Kyiv", "Hamas said Israeli diplomats must leave Turkey": who is not a
    government expels no one; the "must" is their demand (REQUEST), as before."""
    return trig.sense == TOLD_TO_LEAVE and not any(a.role in EXPELLING_ROLES for a in sources)


#: A non-government teller's "must leave": a demand, no expulsion.
DEMANDED_DEPARTURE = Alternative("SANCTION", "REQUEST", said_by_no_government)
