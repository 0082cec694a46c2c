"""The party a statement that names none is aimed at, read from the verb joined to it by
"and": "China expressed strong condemnation and urged Pyongyang to stop", "UNHCR
criticised the law and urged Lithuania to revise it", "the ministry condemned the raid
and called on Kabul to act", "said it was concerned by the expulsion and reminded Zambia
of its duty". The statement's own phrase names a thing ("the law"), nobody, or only a
pronoun for the act ("called them regrettable"); the verb beside it, said in the same
breath, names whom it is about. Without this the recipient was whoever the story
implied (Belarus in a story of the Lithuania-Belarus border), or none at all.

Asked in this order:
- an act the statement names whose author was told before ("condemned the arrest and
  urged Zambia to ...") keeps that author (``author_target``);
- else an accusation joined to a demand (a REQUEST trigger of the sentence) by one
  subject takes the parties the demand is made of, and its askers when it found no source;
- else a criticism, refusal, welcome or request joined to a verb addressed to someone
  (word class ``addressing``) takes that verb's one addressed state or body.
A welcome of a thing ("welcomed the truce and urged the United States to guarantee it")
is not the party urged's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.actor_summarised_acts import summarised_author
from pipeline.authored_acts import author_target
from pipeline.implied_parties import party, party_codes
from pipeline.syntax import conjoined, objects
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

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
#: Statements whose recipient an addressed verb beside them can give.
STATEMENTS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
#: Verbs addressed to someone (see word_classes.toml).
ADDRESSING = word_class("addressing")
#: Prepositions that carry the addressee of an addressing verb ("called on Kabul",
#: "appealed to the UN").
ADDRESS_PREPS = frozenset({"on", "to"})
#: Conjunctions that set the joined verbs against each other.
CONTRASTS = frozenset({"but", "yet", "while"})


def conjoined_addressees(finder: ArgumentFinder, trig: Trigger, event_type: str,
                         sources: list[Actor], targets: list[Actor], speaker: Actor | None
                         ) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) of a statement: its own, or, when it names no party, those the
    demand joined to it is made of, else the author of the act it names told before
    (``summarised_author``, ``author_target``), else the addressee of the verb joined to
    it."""
    sources, targets = _demanded_of(finder, trig, event_type, sources, targets, speaker)
    if not targets and sources and event_type in STATEMENTS:
        # "a ruling Moscow did not recognise": the ruling's maker, named just before;
        # asked after the demand ("was troubled by the arrests and called on the president":
        # the party the demand is made of, not the arrests' author)
        targets = summarised_author(finder, trig.token, sources) or author_target(
            finder, trig.token, sources, felt=trig.sense.phrase == "evaluation")
    if not targets:
        targets = _addressed(finder, trig.token, event_type, sources, speaker)
    return sources, targets


# -- an accusation joined to a demand -------------------------------------------------


def _stating_verb(tok: Token, nominal: bool) -> Token | None:
    """The verb that states the condemnation: the trigger itself, or the verb a
    condemnation noun hangs under ("expressed ... condemnation")."""
    if not nominal:
        return tok if tok.pos_ in ("VERB", "AUX") else None
    head = tok
    while head.dep_ in NOUN_LINKS and head.head.i != head.i:
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


def _demanded_of(finder: ArgumentFinder, trig: Trigger, event_type: str,
                 sources: list[Actor], targets: list[Actor], speaker: Actor | None
                 ) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) of an accusation whose phrase names no party: the parties the
    demand coordinated with it is made of (and, where the condemnation noun found no
    source, the one who makes the demand: "expressed strong condemnation and urged":
    one subject)."""
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


# -- a statement joined to an addressed verb ------------------------------------------


def _joined(tok: Token) -> list[Token]:
    """The verbs joined to ``tok`` by "and" (its conjuncts, the verb it is the conjunct
    of, and that verb's other conjuncts), nearest first; none across a "but" ("welcomed
    the release but urged Iran to free the others": the welcome is for whoever freed)."""
    first = tok.head if tok.dep_ == "conj" else tok
    if any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in first.children):
        return []
    return [t for t in conjoined(tok) if t.pos_ == "VERB"]


def _addressees(tok: Token) -> list[Token]:
    """The objects an addressing verb is addressed to ("urged Lithuania", "called on
    Kabul")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
             for p in c.children if p.dep_ == "pobj"]
    return objs


def _addressed(finder: ArgumentFinder, tok: Token, event_type: str,
               sources: list[Actor], speaker: Actor | None) -> list[Actor]:
    """The state or body a verb joined to the statement ``tok`` is addressed to, when
    that is one party other than the sources; [] otherwise."""
    if event_type not in STATEMENTS or not sources:
        return []
    if event_type == "SUPPORT" and objects(tok):
        # "welcomed the truce and urged the United States to guarantee it": what is
        # welcomed is the truce's parties' doing, not the party urged
        return []
    own = party_codes(sources)
    for verb in _joined(tok):
        if lemma_of(verb) not in ADDRESSING:
            continue
        found = {a.country or a.role for o in _addressees(verb)
                 for a in finder.actor(o, speaker)
                 if not a.person and (a.country or a.role in BODIES)}
        found.discard(None)
        if len(found) == 1 and not found & own:
            return [party(found.pop())]
    return []
