"""The party a condemnation coordinated with a demand is aimed at: "China expressed strong
condemnation and urged Pyongyang to stop", "UNHCR criticised the law and urged Lithuania to
revise it". The condemnation's own phrase names no party (a thing: "the law", "the ban";
nobody at all; or a pronoun for the act: "called them regrettable"), and the demand made
in the same breath, by the same speaker, names whom it blames: the party urged is the
party condemned (PLOVER ACCUSE and REQUEST on one pair). Without this the accusation was
aimed at whoever the story implied, or dropped for want of a target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.authored_acts import author_target
from pipeline.syntax import conjoined
from pipeline.trigger_lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Dependencies by which a condemnation noun hangs under the verb that states it
#: ("expressed resolute opposition and strong condemnation": conj, dobj).
NOUN_LINKS = frozenset({"dobj", "conj", "attr"})
#: Pronouns that stand for the condemned act, not a party ("called them regrettable").
ACT_PRONOUNS = frozenset({"it", "them", "this", "that"})


def _stating_verb(tok: Token, nominal: bool) -> Token | None:
    """The verb that states the condemnation: the trigger itself, or the verb a
    condemnation noun hangs under ("expressed ... condemnation")."""
    if not nominal:
        return tok if tok.pos_ in ("VERB", "AUX") else None
    head = tok
    while head.dep_ in NOUN_LINKS and head.head is not head:
        head = head.head
        if head.pos_ == "VERB":
            return head
    return None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _demand_beside(verb: Token, demands: dict[int, Trigger]) -> Trigger | None:
    """The demand coordinated with ``verb`` under one subject: a later conjunct of it
    ("criticised the law and urged"), the verb it is a conjunct of ("urged X to stop and
    condemned"), or a fellow conjunct of that verb."""
    for cand in conjoined(verb):
        # one subject: the later of the two verbs has none of its own ("Egypt urged
        # restraint, and Borrell called the attack an escalation" is two speakers)
        later = max(cand, verb, key=lambda t: t.i)
        if cand.i in demands and not _own_subject(later):
            return demands[cand.i]
    return None


def _names_no_party(trig: Trigger, targets: list[Actor]) -> bool:
    """The condemnation's own phrase names nobody: no target found, or only through a
    pronoun object that stands for the act ("called them extremely regrettable")."""
    if not targets:
        return True
    objs = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubj") and c.i > trig.token.i]
    return bool(objs) and all(o.lower_ in ACT_PRONOUNS for o in objs)


def demanded_of(finder: ArgumentFinder, trig: Trigger, event_type: str, sources: list[Actor],
                targets: list[Actor], speaker: Actor | None
                ) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) of an accusation: its own, or when its phrase names no party,
    the parties the demand coordinated with it is made of (and, where the condemnation
    noun found no source, the one who makes the demand: "expressed strong condemnation
    and urged": one subject)."""
    if event_type != "ACCUSE" or not _names_no_party(trig, targets):
        return sources, targets
    if author_target(finder, trig.token, sources):
        # "condemned the arrest and urged Zambia to ...": an act told before keeps its
        # author (implied_recipients asks the author first, then the addressee)
        return sources, targets
    verb = _stating_verb(trig.token, trig.nominal)
    if verb is None:
        return sources, targets
    demands = {t.token.i: t for t in finder.sentence_triggers
               if t.sense.type == "REQUEST" and not t.nominal and t.token.i != verb.i
               and lemma_of(t.token) != lemma_of(verb)}
    demand = _demand_beside(verb, demands) if demands else None
    if demand is None:
        return sources, targets
    found = finder.clause_parties(demand, "REQUEST", speaker)
    if found is None:
        return sources, targets
    askers, addressed, _ = found
    sources = sources or askers
    addressed = [a for a in addressed if a.country is not None and a not in sources]
    return sources, addressed or targets
