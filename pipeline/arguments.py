"""Argument attachment: who does an event to whom.

``ClauseActors`` (``pipeline.clause_actors``) finds the source and target the syntax
around a trigger names. ``ArgumentFinder.attach`` then applies the story-level rules in
three steps: the clause's parties (``clause_parties``: a statement's speaker, mediators,
missions, aid routes), the doer of an act told without an agent
(``pipeline.agentless_doers``: the speaker acts when the clause names nobody, protests
and arrests belong to the story's own country, killings fall to the other party of a
two-party story or to the country's own violence), and the recipient the story implies
(``pipeline.implied_recipients``: the other party of a two-party story, else the story's
own country; see also ``pipeline.implied_parties``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

from pipeline.actor_lexicon import lookup, names_country
from pipeline.actor_reciprocal import each_the_other
from pipeline.actor_self_named import drop_own_names
from pipeline.actor_weapons import weapon_strike
from pipeline.actor_withdrawn_from import withdrawn_from
from pipeline.agentless_doers import agentless_doers
from pipeline.aid_routes import aid_route
from pipeline.clause_actors import ClauseActors
from pipeline.event_filters import SPOKEN_SENSES
from pipeline.fatalities import death_parties, died
from pipeline.forces_leaving import FORCES_LEFT, foreign_leavers
from pipeline.implied_parties import (
    CROWDS,
    OWN_PEOPLE,
    brokered_thing,
    hosted_missions,
    last_word,
    mediated_parties,
    own_opponents,
    parties_near,
    party,
    party_codes,
    recalled_from,
)
from pipeline.implied_recipients import implied_recipients
from pipeline.mediation import offered_mediation, untold_refusal
from pipeline.mutual_parties import setting_only
from pipeline.protest_targets import protested_country
from pipeline.recalled_envoys import expelled_envoy_host, own_envoy_host
from pipeline.refused_compliance import DEFIED_PRESSURE
from pipeline.statement_senses import BEYOND_BARGAINING
from pipeline.switched_recognition import switched_to
from pipeline.syntax import clause_subject, objects, subject
from pipeline.trigger_lexicon import lemma_of
from pipeline.trigger_statements import bargaining_party, bearer, labelling_copula
from pipeline.word_classes import word_class
from schemas import Actor, AnnotatedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.triggers import Trigger


#: Generic subjects of "should"/"must" that address nobody in particular.
GENERIC_SUBJECTS = frozenset({"you", "we", "one", "i", "people", "everyone", "everybody"})
#: Words of civil unrest: a story that uses them in two sentences is about a state and
#: its own public in the street (one protest outside an embassy is not).
UNREST = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator",
                    "unrest", "riot", "rioter", "uprising"})
#: Diplomatic missions: a protest outside one is aimed at its country.
MISSIONS = word_class("missions")


class Done(NamedTuple):
    """An event coded so far: its type, its first source and its first target."""

    type: str
    source: Actor
    target: Actor | None

    @classmethod
    def of(cls, event_type: str, sources: list[Actor], targets: list[Actor]) -> Done:
        """The event of a type coded with some (at least one) sources and targets."""
        return cls(event_type, sources[0], next(iter(targets), None))


class ArgumentFinder(ClauseActors):
    """Finds and resolves the actors of an article's events, sentence by sentence."""

    def __init__(self, annotated: AnnotatedArticle, doc: Doc) -> None:
        super().__init__(annotated, doc)
        # Unrest makes the story domestic: force its state uses on nobody named is
        # aimed at its own people in the street, not at a foreign party that sends help
        # or comments ("Kazakh leader orders troops to shoot without warning as
        # Russian-led force arrives").
        self.unrest = len({t.sent.start for t in doc if lemma_of(t) in UNREST}) >= 2
        #: the events coded so far
        self.done: list[Done] = []
        #: victims' country -> the country of the last attack coded on it so far
        self.attackers: dict[str, str] = {}
        #: recalling state's country -> the post its envoy was last recalled from
        self.envoy_posts: dict[str, str] = {}
        #: the last attached event's several sources act on nobody implied, each alone
        self.unaimed = False
        self.mentions: dict[int, list[tuple[int, str]]] = {}  # by sentence start (parties_near)
        #: every trigger candidate of the sentence being coded (set by extract, so that
        #: rules asking "is this word an event noun?" need not re-run find_triggers)
        self.sentence_triggers: list[Trigger] = []

    def attach(self, trig: Trigger, event_type: str, speaker: Actor | None
               ) -> tuple[list[Actor], list[Actor]] | None:
        """(sources, targets) of one event reading, or None when it has no codable actor:
        the actors its clause names (``clause_parties``), the doer of an act told without
        an agent (``pipeline.agentless_doers``), then the recipient the story implies
        (``pipeline.implied_recipients``)."""
        self.unaimed = False
        if died(trig) and (deaths := death_parties(self, trig, speaker)) is not None:
            # "71 of its troops had died": the victims are the target (pipeline.fatalities)
            if deaths[0]:
                self.done.append(Done.of(event_type, deaths[0], deaths[1]))
            return deaths
        clause = self.clause_parties(trig, event_type, speaker)
        if clause is None:
            return None
        sources, targets, speaker = clause
        sources, targets, speaker, own_violence = agentless_doers(
            self, trig, event_type, sources, targets, speaker)
        found = implied_recipients(self, trig, event_type, sources, targets, speaker,
                                   own_violence)
        if found is None:
            return None
        sources, targets = found
        # "recalled the Philippine ambassador": the envoy's host, not its own state
        targets = own_envoy_host(self, trig, event_type, sources, targets)
        # "declared Ambassador X persona non grata": a foreign envoy, never its own
        targets = expelled_envoy_host(self, trig, event_type, sources, targets)
        if trig.sense == DEFIED_PRESSURE:  # never its own presser
            targets = presser(self, trig.token, sources, targets)
        if (parties := each_the_other(self, trig, speaker)) is not None:
            # "each side accused the other": each party acts on the other
            sources, targets = parties, []
        if sources:
            self.done.append(Done.of(event_type, sources, targets))
            if event_type == "ASSAULT" and targets and sources[0].country and \
                    targets[0].country and sources[0].country != targets[0].country:
                self.attackers[targets[0].country] = sources[0].country
        return sources, targets

    def clause_parties(self, trig: Trigger, event_type: str, speaker: Actor | None
                       ) -> tuple[list[Actor], list[Actor], Actor | None] | None:
        """(sources, targets, speaker) the clause around a trigger names, or None: a
        statement's (an evaluation or a "should") without a speaker is no event."""
        tok = trig.token
        if trig.sense.phrase in SPOKEN_SENSES:
            # an evaluation or a "should" is an event only as someone's statement
            if speaker is None:
                return None
            subj = clause_subject(tok) or bearer(tok)  # (a misparsed "bore")
            if subj is None and (copula := labelling_copula(tok)) is not None:
                subj = clause_subject(copula)  # "the remarks amounted to interference"
            if subj is not None and subj.lower_ in GENERIC_SUBJECTS:
                return None  # "you should protect the people first": advice, not a demand
            sources = [speaker]
            if trig.sense == BEYOND_BARGAINING and (
                    (with_party := bargaining_party(tok)) is not None):
                subj = with_party  # "not up for negotiation with Russia": Russia is refused
            targets = [a for a in self.actor(subj, None) if a != speaker] \
                if subj is not None else []
            if not targets and subj is not None:
                targets = self.object_actors([subj], None)
        else:
            sources, targets = self.arguments(trig, speaker)
            if not trig.nominal:  # "A and B met on the sidelines of a summit with C"
                targets = setting_only(self, tok, event_type, sources, targets, speaker)
            if event_type == "ASSAULT" and len(sources) == 1 and not trig.nominal and \
                    weapon_strike(tok, sources[0], self.resolver.focus):
                # "drones hit two pumping stations": nobody named, on the story's country
                sources, speaker = [], None
                targets = targets or [party(self.resolver.focus)]
            if event_type == "SANCTION":
                targets = recalled_from(self, tok, speaker, sources) or targets
            if event_type == "RETREAT":  # "troops withdrew from Mali"
                # never Mali's own troops
                sources = foreign_leavers(tok, sources, forces_left=trig.sense == FORCES_LEFT)
                targets = withdrawn_from(self, tok, speaker, sources) or targets
            targets = hosted_missions(self, tok, sources, targets)
            if event_type == "SUPPORT" and lemma_of(tok) == "switch" and (
                    states := switched_to(tok)):
                # "switched recognition back to Taiwan": the state named after "to",
                # not one in the next clause ("to China and Taiwan cut ties")
                targets = [a for a in self.object_actors(list(states), speaker)
                           if a.country in states.values()]
            if trig.sense == DEFIED_PRESSURE:
                # "Paris would not be intimidated by London": the pressed party (the
                # passive's subject) refuses the presser (its agent)
                sources, targets = targets, sources
            if self.speaker_acts_again(tok, speaker, sources, targets):
                sources = [speaker] if speaker is not None else sources
        offered = offered_mediation(tok) if event_type == "AGREE" or (
            event_type == "REJECT" and not untold_refusal(tok)) else None
        if offered is not None and sources:
            # "Turkey offered to mediate between Israel and Hamas": offered to each (and
            # "would not offer to mediate between ..." refused to each)
            targets = mediated_parties(self, offered, sources, speaker)
        brokered = brokered_thing(tok)
        if brokered is not None and sources:
            # "talks mediated by Qatar", "the deal was brokered by Egypt": the go-between
            # deals with each party to what it brokered, never with a fellow mediator
            targets = mediated_parties(self, brokered, sources, speaker)
        if event_type == "PROTEST" and not targets:
            # "rallied outside the French embassy": the mission's country is the target
            # (or "protesters outside Russia's embassy threw flares": the subject's)
            subj = subject(tok)[0]
            targets = self.object_actors(
                [p for h in (tok, subj) if h is not None for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("outside", "near", "at")
                 for p in c.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in MISSIONS], speaker)
        if event_type == "PROTEST" and not targets and sources and (
                code := protested_country(tok, sources[0].country)) is not None:
            # "rallied in Mogadishu, chanting slogans against Ethiopia": aimed at the
            # foreign country the protest is against, not at the protesters' own state
            targets = [party(code)]
        if sources and targets:
            # an actor is not its own recipient ("X joined the talks X leads")
            targets = drop_own_names(
                sources, [t for t in targets if t not in sources], self.resolver.guessed)
        if len(sources) >= 2 and targets and all(
                t.country in party_codes(sources) and not t.person and
                names_country(t.text) is None and last_word(t.text) not in OWN_PEOPLE
                and last_word(t.text) not in CROWDS and not own_opponents(t)
                for t in targets):
            # "Colombia and Venezuela recalled their ambassadors": people named by no
            # country of their own, that went to one of the coordinated actors, are
            # each one's own; each acts towards the other, not on one of them
            targets = []
        if sources and sources[0].country and event_type in ("REQUEST", "SUPPORT"):
            # "the Foreign Office urges citizens not to travel": its own citizens
            # (not people placed by their own phrase: "told residents of southern
            # Lebanon not to return" addresses that place's people)
            placed = {o.lower_ for o in objects(tok) if any(
                c.dep_ == "prep" and c.lower_ in ("of", "in") for c in o.children)}
            targets = [dataclasses.replace(t, country=sources[0].country)
                       if last_word(t.text) in OWN_PEOPLE and last_word(t.text) not in
                       placed and names_country(t.text) is None else t for t in targets]
        if event_type == "AID":
            v_src, v_tgt = aid_route(self, tok, speaker)
            sources = sources or v_src
            targets = v_tgt or targets
        return sources, targets, speaker


def presser(finder: ArgumentFinder, tok: Token, sources: list[Actor],
            targets: list[Actor]) -> list[Actor]:
    """Whom a defiance of pressure is aimed at: the targets found, but never the pressed
    state itself (with no "by" agent the rules fall back on its own country: "South
    Africa would not be bullied"); then the nearest other party the story names, or no
    one. A person or outlet may defy its own state ("we will not be intimidated", said by
    a journalist, defies her government)."""
    states = {s.country for s in sources if s.text and (e := lookup(s.text)) is not None
              and e.country == s.country}
    kept = [t for t in targets if t.country is None or t.country not in states]
    if kept or not targets:
        return kept
    near = [c for c in parties_near(finder, tok) if c not in party_codes(sources)]
    return [party(near[0])] if near else []
