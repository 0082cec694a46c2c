"""The recipients a story implies for an event the clause leaves unaimed ("Moscow
condemned the move", "the UN is attempting to mediate", "the US pledged $10 million"), and
the corrections of a recipient that a role word or a guessed country got wrong: the last
step of ``ArgumentFinder.attach`` (after the clause's actors and
``pipeline.agentless_doers``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_condemned_acts import blamed_author
from pipeline.actor_followers import own_following
from pipeline.actor_guessed_side import guessed_side
from pipeline.actor_home_deployments import home_deployment
from pipeline.actor_hyphen_pairs import hyphen_pair
from pipeline.actor_lexicon import (
    BODIES,
    STATE_BODIES,
    lookup,
    names_country,
    place_country,
    state_named,
)
from pipeline.actor_premises import premises_owner
from pipeline.actor_reciprocal import objects_of
from pipeline.actor_swaps import swap_halves
from pipeline.actor_third_named import third_named
from pipeline.agentless_doers import NULL_SOURCE_OK
from pipeline.complaint_forums import forum_dropped
from pipeline.conjoined_addressees import conjoined_addressees
from pipeline.doc_views import span_ents
from pipeline.home_aims import (
    DOMESTIC,
    FORCE_TYPES,
    EventView,
    aimed_at_home,
    home_voice_addressees,
    home_voice_source,
    stays_home,
)
from pipeline.implied_parties import (
    CROWDS,
    displaced_of_other,
    home_people,
    last_word,
    own_opponents,
    own_people_wronged,
    parties_near,
    party,
    party_codes,
    the_two_parties,
)
from pipeline.party_stretches import home_stretch
from pipeline.story_parties import counterpart, other_party
from pipeline.threat_conditions import condition_party
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Dyadic types whose unnamed recipient is implied by the story (PLOVER requires one);
#: mutual cooperation too, as agreement is ("Mexico extradited him", "the two countries,
#: which signed cooperation agreements": 4 tuning articles gained, none lost).
IMPLIED_TARGET = frozenset({"PROTEST", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION",
                            "AGREE", "CONCEDE", "RETREAT", "COERCE", "ASSAULT", "MOBILIZE",
                            "SUPPORT", "COOPERATE"})
#: What a state does to its own opponents (frees, pardons, jails, sentences, attacks).
ON_OWN_PEOPLE = frozenset({"RETREAT", "CONCEDE", "COERCE", "SANCTION", "ASSAULT"})
#: What a state says of its own opposition (blames, warns): the opposition named by its
#: role is the state's own, not a party (a coalition, "any party") that may be foreign.
AT_OWN_OPPOSITION = frozenset({"THREATEN", "ACCUSE"})
#: Mediating: a third party's dealings with both sides of a dispute.
MEDIATION = frozenset({"mediate", "mediation"})
#: Types where coordinated sources with no object act with each other ("A and B held
#: talks"); in any other type they act together on someone else.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Types whose unnamed recipient is the author of the act or text they are about
#: ("backed the measures", "called the strikes aggression"; see ``author_target``).
AUTHOR_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST"})
#: What several outsiders to a story do with nobody implied, each on its own: welcoming,
#: backing, promising ("Egypt, Bahrain and Oman welcomed the agreement"); warnings by
#: several outsiders with no addressee stay uncoded.
OUTSIDERS_ALONE = frozenset({"SUPPORT", "AGREE", "AID", "CONCEDE"})
#: Reactions of outsiders to what the parties of a story did: welcoming and praising.
REACTIONS = frozenset({"welcome", "praise", "hail", "applaud", "commend", "salute"})
#: Words of an offer that make it an offer of help to someone, not a deal among its makers.
AID_WORDS = frozenset({"assistance", "aid", "help", "relief", "asylum", "supply", "funding"})
OFFERS = frozenset({"offer", "pledge", "promise"})


def implied_recipients(finder: ArgumentFinder, trig: Trigger, event_type: str,
                       sources: list[Actor], targets: list[Actor], speaker: Actor | None,
                       own_violence: bool) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) with the recipient the story implies, or None when the event
    has no codable actor."""
    tok = trig.token
    if not targets and sources and trig.sense.phrase in MEDIATION:
        # "mediated between Peru and Ecuador": the parties named
        targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"
                   for a in finder.actor(p, speaker) if a not in sources]
    if not targets and sources and trig.sense.phrase in MEDIATION and \
            finder.resolver.pair and not party_codes(sources) & set(finder.resolver.pair):
        # "the UN is attempting to mediate the conflict": a mediator deals with both
        # parties of the story, not with one of them
        targets = [party(c) for c in finder.resolver.pair]
    # "expressed strong condemnation and urged Pyongyang to stop", "a ruling Moscow did
    # not recognise", "faulted the rules and urged Lithuania to change them": the party
    # the demand joined to a statement is made of, the author of the act it names told
    # before, or the addressee of the verb joined to it
    sources, targets = conjoined_addressees(finder, trig, event_type, sources, targets,
                                            speaker)
    # "condemned the attack on Abu Dhabi": the attack's author, not its victim
    targets = blamed_author(finder, tok, event_type, sources, targets)
    # "raided the Tunis bureau of Qatar-based Al Jazeera": the premises' owner
    targets = premises_owner(finder, tok, speaker, sources, targets)
    # "brought a complaint to the trade body": the forum hears the charge, not charged
    targets = forum_dropped(finder, trig, event_type, targets)
    if trig.nominal:  # "India-Pakistan ceasefire holds": India first
        sources, targets = hyphen_pair(finder, tok, event_type, sources, targets)
    if not sources and not targets:
        return None  # an event nobody does to nobody is not codable
    if not targets and sources and event_type == "THREATEN":
        # "warned that the relief will expire unless Maduro allows ...": the party
        # the warning's condition names is the one threatened
        targets = condition_party(finder, tok, sources, speaker)
    near = [c for c in parties_near(finder, tok) if c not in party_codes(sources)]
    # the view is taken once: the sources stay these to the recipients' filter below
    view = EventView(finder, trig, event_type, sources, targets, near, own_violence)
    domestic = aimed_at_home(view)
    if (home := home_deployment(tok, event_type, sources)) is not None:
        # "deployed troops and police to Lamu county": the forces sent are the mover's
        # own, and the deployment is aimed at its own country, not at the story's other
        # party (nor at whatever country the resolver gave the forces)
        targets, domestic = [party(home)], True
    if not sources and event_type not in NULL_SOURCE_OK:
        return None
    if targets and reciprocal_act(tok, sources) and not any(
            t.person or t.role in BODIES or names_country(t.text) for t in targets) and \
            not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        # "Russia and Ukraine swapped 90 prisoners of war": what two parties exchange
        # names no third party (the prisoners, given the story's focus country for want
        # of one of their own); each is the other's recipient. A partner "with" whom
        # they act is one ("clashed with rebels", "exchanged letters with the UN").
        targets = []
    if not targets and len(sources) >= 2 and (
            event_type in MUTUAL or the_two_parties(finder, sources) or
            reciprocal_act(tok, sources)):
        pass  # "India and Pakistan agreed": the parties are each other's recipients
    elif not targets and len(sources) >= 2 and event_type in IMPLIED_TARGET:
        # "Britain and France also froze the assets": each source acts on whoever
        # the story implies, not on its fellow source
        targets = []
        # the fellow sources that are states by name ("Qatar", "Cairo"), not a person or
        # group of one ("a charge he and Washington deny": he is no Cambodian state)
        fellows = {s.country for s in sources if s.country and not s.person and
                   state_named(lookup(s.text)) == s.country}
        implied_fellow = False
        for s in sources:
            code = counterpart(s, finder.resolver.focus, finder.resolver.pair, near,
                               event_type)
            if code is not None and code != s.country and code in fellows and \
                    trig.sense.phrase in REACTIONS:
                # "Qatar and Egypt welcomed the deal" in a story on Qatar: the story's
                # own state is one of the welcomers, no recipient of the other's welcome
                # (other acts keep it: "Ukraine and France signed a letter of intent",
                # "Russia and Georgia fought a war")
                implied_fellow = True
            elif code is not None and code != s.country and all(
                    t.country != code and t.role != code for t in targets):
                targets.append(party(code))
        if not targets and event_type not in OUTSIDERS_ALONE and not implied_fellow:
            return None
        # "Egypt, Bahrain and Oman welcomed the agreement": outsiders to the story
        # each welcome it, aimed at nobody implied (not at one another)
        # ("Qatar and Egypt praised each other": each acts on the other, as
        # ``event_pairs.actor_pairs`` pairs sources with no recipient)
        finder.unaimed = not targets and not (implied_fellow and _each_other(tok))
    elif not targets and event_type in IMPLIED_TARGET:
        code = counterpart(sources[0] if sources else None, finder.resolver.focus,
                           finder.resolver.pair, near, event_type)
        if sources and sources[0].country and domestic:
            code = sources[0].country
        elif sources and sources[0].country and code != sources[0].country and \
                home_stretch(tok, sources[0].country, sources[0].text, finder.resolver.pair,
                             event_type):
            # "The senate passed the bill", "she praised the decision" in a story on one
            # country's politics whose foreign paragraphs name a neighbour: a stretch
            # that leaves the other party out is about the source's own country
            code, domestic = sources[0].country, True
        elif pair_ := finder.resolver.pair:
            src = sources[0].country if sources else None
            if src in pair_ and code != src and event_type not in AUTHOR_TYPES:
                # "halted imports from Taiwan" (not "condemned the invasion of X")
                code = third_named(tok, src, pair_) or code
        if code in BODIES:
            targets = [Actor(text="", name=None, country=None, role=code)]
        elif code is not None:
            targets = [Actor(text="", name=None, country=code, role="UNK")]
    pair = finder.resolver.pair
    if not targets and sources and pair and trig.sense.phrase in REACTIONS and \
            not party_codes(sources) & set(pair):
        # "the United States welcomed the step": an outsider's welcome of what the
        # two parties did is aimed at each of them
        targets = [party(c) for c in pair]
        finder.unaimed = False
    focus = finder.resolver.focus
    if not targets and sources and focus and (
            event_type == "AID" or (event_type == "AGREE" and (
                len(sources) == 1 or AID_WORDS & set(trig.sense.phrase.split())))) and \
            all((s.country and s.country != focus) or (not s.country and s.role in (
                "IGO", "NGO")) for s in sources) and \
            (not finder.resolver.pair or (
                (event_type == "AID" or trig.sense.phrase.split()[0] in OFFERS) and
                not party_codes(sources) & set(finder.resolver.pair))):
        # "Mexico granted asylum", "the US pledged $10 million", "Japan and China
        # offered assistance", "the UN released $5 million": an outside state's or a
        # body's aid or offer that names no recipient goes to the country the story
        # is about (not to a fellow donor); in a
        # two-party story an outsider's agreement or deal is a mediator's, aimed at
        # neither, but its pledge or offer is still help for the story's country
        targets = [party(focus)]
    if event_type == "THREATEN" and sources and sources[0].country and not domestic:
        # "Moscow warned that bans on Russian media would not go unanswered": a
        # threat is aimed at the other party, whoever the clause mentions
        other = counterpart(sources[0], finder.resolver.focus, finder.resolver.pair, near,
                            event_type)
        if other and other != sources[0].country:
            targets = [party(other) if t.country == sources[0].country else t
                       for t in targets]
    if sources and sources[0].country and not domestic:
        # "Hamas is to free 33 hostages", "strikes killed 31 civilians": a role word's
        # focus country is, in a two-party story, the other party (see home_state);
        # not a legislature a statement addresses, at home ("Obama urged lawmakers")
        other = counterpart(sources[0], finder.resolver.focus, finder.resolver.pair, near,
                            event_type)
        body = other in BODIES
        targets = [t if stays_home(t, view, other) else dataclasses.replace(
            t, country=None if body else other, role=other if body else t.role)
            for t in targets]
    if event_type == "ASSAULT" and sources and sources[0].country and not domestic \
            and finder.resolver.pair and sources[0].country in finder.resolver.pair and \
            (soil := [c for c in near if c in finder.resolver.pair]):
        # "Iran struck two bases of Jaish al-Adl in Pakistan's Balochistan": a group
        # given no country of its own, struck where the clause names the other
        # party, is struck on that party's soil
        targets = [dataclasses.replace(t, country=soil[0]) if (
            t.country == sources[0].country and t.role not in STATE_BODIES and
            names_country(t.text) is None) else t for t in targets]
    if sources and sources[0].country and sources[0].role in STATE_BODIES and \
            event_type in ON_OWN_PEOPLE:
        # "Venezuela released 30 jailed opponents", "a court jailed two activists":
        # a state frees, jails or fires on its own opponents, whichever country the
        # story is mostly about
        targets = [dataclasses.replace(t, country=sources[0].country)
                   if own_opponents(t) else t for t in targets]
    if sources and sources[0].country and sources[0].role in STATE_BODIES and \
            event_type in AT_OWN_OPPOSITION:
        # "the president blamed opposition leaders for the unrest": his own opposition,
        # whichever country the story is mostly about
        targets = [dataclasses.replace(t, country=sources[0].country)
                   if own_opponents(t) and t.role != "POL" else t for t in targets]
    if sources and sources[0].country and sources[0].role in ("GOV", "MIL") and \
            event_type in FORCE_TYPES:
        # "National Guard troops fired tear gas at crowds": a state's forces face
        # that state's own public, whatever country the story is mostly about; but
        # a party's forces facing crowds in a story about the other party of a
        # dispute, in no place of their own country, face that party's public
        # ("dispersed by Israeli troops" in a story about the Palestinians; not
        # "Chilean police fired at crowds in Arica" in a story about Peru)
        public = focus if pair and focus in pair and sources[0].country in pair and \
            focus != sources[0].country and not any(
                place_country(e.text) == sources[0].country for e in span_ents(tok.sent)
                if e.label_ in ("GPE", "LOC", "FAC")) else sources[0].country
        targets = [dataclasses.replace(t, country=public) if (
            last_word(t.text) in CROWDS and not t.person and
            names_country(t.text) is None) else t for t in targets]
    if pair and len(sources) == 1 and len(targets) == 1 and (
            not sources[0].person or sources[0].person in finder.resolver.guessed) and \
            sources[0].country in pair and sources[0].country == focus and \
            sources[0].country == targets[0].country and \
            names_country(sources[0].text) is None and \
            names_country(targets[0].text) == targets[0].country and \
            event_type not in DOMESTIC and event_type != "MOBILIZE":
        # (forces deploy "alongside Lebanese soldiers": no recipient to reverse)
        # "The foreign ministry summoned Britain's ambassador", "Foreign Minister
        # Patino accused Britain": a body or person named by no country got the
        # story's focus; one acting on the party the clause names by its name is
        # the other party of the story (not one whose country is not the focus
        # guess: "Maduro's government freed Venezuelan prisoners")
        other = other_party(sources[0].country, pair)
        sources = [dataclasses.replace(sources[0], country=other)] \
            if other not in BODIES else sources
    # "the junta asked France to withdraw": a guessed doer is not the country it names
    sources = guessed_side(finder.resolver, finder.annotated.title_sentences, event_type,
                           sources, targets)
    # "a court jailed 8 people", "authorities arrested 30 people"
    targets = home_people(sources, targets, event_type, tok if (
        event_type == "COERCE" and trig.sense.mode == "arrest") else None)
    # "the opposition accused the authorities": its own state's authorities
    targets = home_voice_addressees(sources, targets, event_type)
    # "police charged protesters" near the Spanish delegation, "lawmakers complained
    # that police had waited": a home body named by no country is the recipient's own
    sources = home_voice_source(trig, event_type, sources, targets)
    targets = own_people_wronged(finder, event_type, sources, targets, near)
    targets = displaced_of_other(finder, trig, event_type, sources, targets, near)
    targets = own_following(tok, event_type, sources, targets)  # "urged supporters"
    # "released X in exchange for Y": each side releases to the other
    sources, targets = swap_halves(tok, event_type, sources, targets)
    return sources, targets


def reciprocal_act(tok: Token, sources: list[Actor]) -> bool:
    """A verb two parties do to each other by itself ("India and Pakistan exchanged
    fire", "Indian and Chinese troops clashed") with sources of two or more countries:
    each is the other's recipient even when the story's pair is not (yet) these two."""
    return tok.lemma_.lower() in word_class("reciprocal_acts") and \
        len({s.country for s in sources if s.country}) >= 2


def _each_other(tok: Token) -> bool:
    """"accused each other", "praised one another", "shelled each other's positions": the
    act's own object is its doers (not one of a clause below it: "welcomed the truce
    that ended attacks on each other's towns")."""
    return any(t.lower_ in ("other", "another") and t.i > 0 and
               tok.doc[t.i - 1].lower_ in ("each", "one")
               for o in objects_of(tok)
               for t in (o, *(c for c in o.children if c.dep_ == "poss")))
