"""Argument attachment: who does an event to whom.

``ClauseActors`` (``pipeline.clause_actors``) finds the source and target the syntax
around a trigger names. ``ArgumentFinder.attach`` then applies the story-level rules: the
speaker acts when the clause names nobody, protests and arrests without an agent belong
to the story's own country, agentless killings fall to the other party of a two-party
story or to the country's own violence, and an unnamed recipient is implied by the story
(the other party of a two-party story, else the story's own country; see
``pipeline.implied_parties``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_condemned_acts import blamed_author
from pipeline.actor_detention import agentless_holder, held_in
from pipeline.actor_guessed_side import guessed_side
from pipeline.actor_home_rebels import fights_own_state
from pipeline.actor_hyphen_pairs import hyphen_pair
from pipeline.actor_lexicon import names_country, place_country
from pipeline.actor_premises import premises_owner
from pipeline.actor_self_named import drop_own_names
from pipeline.actor_summarised_acts import summarised_author
from pipeline.actor_swaps import swap_halves
from pipeline.actor_tellers import teller_as_doer, teller_only
from pipeline.actor_third_named import third_named
from pipeline.actor_weapons import weapon_strike
from pipeline.actor_withdrawn_from import withdrawn_from
from pipeline.clause_actors import OWN_STATE, ClauseActors
from pipeline.event_filters import SPOKEN_SENSES
from pipeline.fatalities import death_parties, died
from pipeline.implied_parties import (
    CROWDS,
    OWN_PEOPLE,
    author_target,
    brokered_thing,
    counted_by_side,
    displaced_of_other,
    home_people,
    home_side,
    home_state,
    home_unrest,
    hosted_missions,
    last_word,
    mediated_parties,
    own_opponents,
    own_people_wronged,
    owned_people,
    parties_near,
    party,
    party_codes,
    recalled_from,
    seized_from_other,
    the_two_parties,
    weak,
)
from pipeline.mutual_parties import setting_only
from pipeline.story_parties import counterpart, other_party
from pipeline.syntax import agentless_passive, clause_subject, objects, subject
from pipeline.word_classes import word_class
from schemas import Actor, AnnotatedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.triggers import Trigger


#: Dyadic types whose unnamed recipient is implied by the story (PLOVER requires one).
IMPLIED_TARGET = frozenset({"PROTEST", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION",
                            "AGREE", "CONCEDE", "RETREAT", "COERCE", "ASSAULT", "MOBILIZE",
                            "SUPPORT"})
#: Events whose unnamed recipient is the actor's own country: protesters face their
#: government, police detain their own citizens, an official resigns from office.
DOMESTIC = frozenset({"PROTEST", "COERCE"})
DOMESTIC_MODES = frozenset({"resign"})
#: Acts that, reported without an agent, are done by the authorities of the story.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Generic subjects of "should"/"must" that address nobody in particular.
GENERIC_SUBJECTS = frozenset({"you", "we", "one", "i", "people", "everyone", "everybody"})
#: What a state does to its own opponents (frees, pardons, jails, sentences, attacks).
ON_OWN_PEOPLE = frozenset({"RETREAT", "CONCEDE", "COERCE", "SANCTION", "ASSAULT"})
#: What a state facing unrest does to its own public: force and warnings.
REPRESSION = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Actors that act for a state.
STATE_ROLES = frozenset({"GOV", "MIL", "JUD"})
#: Words of civil unrest: a story that uses them in two sentences is about a state and
#: its own public in the street (one protest outside an embassy is not).
UNREST = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator",
                    "unrest", "riot", "rioter", "uprising"})
#: What a state's forces do to a crowd.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Legislators act on their own government's policy: their criticism, demands or
#: refusals with no named recipient are domestic ("Republican lawmakers criticized the
#: deal"), not aimed at the foreign party the deal was made with.
LEGISLATORS = frozenset({"lawmaker", "lawmakers", "legislator", "legislators", "senator",
                         "senators", "congressman", "congressmen", "congresswoman",
                         "mps", "parliamentarians", "deputies"})
#: What legislators do by speaking (not acts they report: "saying it freed a dealer").
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
#: Mediating: a third party's dealings with both sides of a dispute.
MEDIATION = frozenset({"mediate", "mediation"})
#: Pronouns: their country comes from an antecedent, not from the story's focus.
PRONOUNS = frozenset({"they", "them", "it", "he", "him", "she", "her", "we", "us"})
#: Roles of the forces a state deploys.
FORCES = frozenset({"MIL", "GOV", "REB"})
#: Diplomatic missions: a protest outside one is aimed at its country.
MISSIONS = word_class("missions")
#: Types reported without a stated actor often enough to code with a null source
#: ("aid flowed into Gaza", "a ceasefire took effect", "20 people were killed").
NULL_SOURCE_OK = frozenset({"AID", "RETREAT", "ASSAULT", "CONCEDE"})
#: Types where coordinated sources with no object act with each other ("A and B held
#: talks"); in any other type they act together on someone else.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Killings that, reported without an agent, are the state's own sentence carried out.
EXECUTIONS = frozenset({"hang", "execute"})
#: Types whose unnamed recipient is the author of the act or text they are about
#: ("backed the measures", "called the strikes aggression"; see ``author_target``).
AUTHOR_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST"})
#: Violence named as no one's act: the subject of a killing that names no agent.
FIGHTING = frozenset({"fighting", "clash", "violence", "unrest", "war", "conflict",
                      "battle", "crossfire", "riot", "turmoil", "chaos"})
#: What several outsiders to a story do with nobody implied, each on its own: welcoming,
#: backing, promising ("Egypt, Bahrain and Oman welcomed the agreement"); warnings by
#: several outsiders with no addressee stay uncoded.
OUTSIDERS_ALONE = frozenset({"SUPPORT", "AGREE", "AID", "CONCEDE"})
#: Reactions of outsiders to what the parties of a story did: welcoming and praising.
REACTIONS = frozenset({"welcome", "praise", "hail", "applaud", "commend", "salute"})
#: Words of an offer that make it an offer of help to someone, not a deal among its makers.
AID_WORDS = frozenset({"assistance", "aid", "help", "relief", "asylum", "supply", "funding"})
OFFERS = frozenset({"offer", "pledge", "promise"})


def body_staff(actor: Actor, event_type: str, finder: ArgumentFinder) -> bool:
    """A recipient named only by a role word ("expelled the mission's spokesman",
    "demanded that the troops leave") that can be the staff or forces of the body a
    state's story is paired with; not people ("killed 500 people"), a state itself
    ("accused the government", "closed the country's borders"), the opposition, its
    own police or people ("its soldiers", "Machar's troops"), and not the object of
    force, which a state uses on its own or the other state's people."""
    return event_type not in FORCE_TYPES and actor.role not in ("CVL", "OPP") and \
        last_word(actor.text) not in OWN_STATE and not owned_people(finder, actor, event_type)


class ArgumentFinder(ClauseActors):
    """Finds and resolves the actors of an article's events, sentence by sentence."""

    def __init__(self, annotated: AnnotatedArticle, doc: Doc) -> None:
        super().__init__(annotated, doc)
        # Unrest makes the story domestic: force its state uses on nobody named is
        # aimed at its own people in the street, not at a foreign party that sends help
        # or comments ("Kazakh leader orders troops to shoot without warning as
        # Russian-led force arrives").
        self.unrest = len({t.sent.start for t in doc if t.lemma_.lower() in UNREST}) >= 2
        self.done: list[tuple[str, Actor]] = []  # (type, source) of coded events so far
        #: the last attached event's several sources act on nobody implied, each alone
        self.unaimed = False
        self.mentions: dict[int, list[tuple[int, str]]] = {}  # by sentence start (parties_near)

    def attach(self, trig: Trigger, event_type: str, speaker: Actor | None
               ) -> tuple[list[Actor], list[Actor]] | None:
        """(sources, targets) of one event reading, or None when it has no codable actor."""
        tok = trig.token
        self.unaimed = False
        if died(trig) and (deaths := death_parties(self, trig, speaker)) is not None:
            # "71 of its troops had died": the victims are the target (pipeline.fatalities)
            if deaths[0]:
                self.done.append((event_type, deaths[0][0]))
            return deaths
        if trig.sense.phrase in SPOKEN_SENSES:
            # an evaluation or a "should" is an event only as someone's statement
            if speaker is None:
                return None
            subj = clause_subject(tok)
            if subj is not None and subj.lower_ in GENERIC_SUBJECTS:
                return None  # "you should protect the people first": advice, not a demand
            sources = [speaker]
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
                targets = withdrawn_from(self, tok, speaker, sources) or targets
            targets = hosted_missions(self, tok, sources, targets)
            if self.speaker_acts_again(tok, speaker, sources, targets):
                sources = [speaker] if speaker is not None else sources
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
            v_src, v_tgt = self.aid_route(tok, speaker)
            sources = sources or v_src
            targets = v_tgt or targets
        agentless = not trig.nominal and trig.sense.phrase not in SPOKEN_SENSES and \
            agentless_passive(tok)
        if not agentless and not sources and event_type == "ASSAULT" and \
                not trig.nominal and (subj := subject(tok)[0]) is not None and \
                subj.lemma_.lower() in FIGHTING:
            # "the fighting has killed 705 people": a killing that names no agent
            agentless = True
        own_violence = False  # a killing with no agent, in the victims' own country
        victim = targets[0].country if targets else None
        if agentless and not sources and event_type == "MOBILIZE" and targets and \
                targets[0].role in FORCES:
            # "10,000 U.S. troops are being deployed", "the island's forces were put on
            # alert": a state moves its own forces; the forces' side mobilizes, towards
            # whoever the clause or the story names
            sources = targets[:1]
            targets = [t for t in self.object_actors(objects(tok), speaker)
                       if t.country != sources[0].country]
            victim = None
        if agentless and not sources and event_type == "ASSAULT":
            # "31 civilians were killed in the Indian strikes", "died in Russian
            # shelling": the attack the victims fell in names its author
            sources = self.attack_author(tok, speaker)
        if agentless and not sources and victim and tok.lemma_.lower() in EXECUTIONS:
            # "the nine men were hanged": executed by their own state
            sources = [Actor(text="", name=None, country=victim, role="GOV")]
        if agentless and not sources and victim and event_type not in STATE_ACTS and (
                speaker is None or speaker.country == victim):
            # "400 Indian soldiers have been killed" (said an Indian spokesman): not the
            # speaker's doing; in a two-party story the other party's, else nobody named
            other = counterpart(targets[0], self.resolver.focus, self.resolver.pair) \
                if self.resolver.pair and victim in self.resolver.pair else None
            if other is not None and event_type == "ASSAULT" and \
                    targets[0].role != "MIL" and not counted_by_side(tok) and \
                    other not in parties_near(self, tok) and not any(
                    t == "ASSAULT" and (a.country or a.role) == other for t, a in self.done):
                # soldiers killed in a two-party story fell to the other party, and so
                # did people counted by side ("200 people on the Armenian side") or
                # killed in fighting the clause has with it ("in the fighting with
                # Tajikistan"); other people killed, only in a story that has that
                # party attacking ("300 people were killed during the uprising" in a
                # story that also names Israel is no Israeli attack)
                other = None
            if other is not None and other != victim:
                sources = [party(other)]
            elif event_type == "ASSAULT" and victim == self.resolver.focus and (
                    not self.resolver.pair or other is None) and (targets[0].role not in
                    FORCES | {"GOV"} or (self.unrest and targets[0].role == "GOV")):
                # "dozens have been killed since December": violence with no named agent
                # in a country's own unrest or war is that country's own (not soldiers or
                # police killed, someone else's attack on them, but in street unrest)
                sources = [Actor(text="", name=None, country=victim, role="UNK")]
                own_violence = True
            elif event_type in NULL_SOURCE_OK:
                speaker = None
        if agentless and not sources and not victim and event_type not in STATE_ACTS:
            # "officials said 30 villagers were shot": the teller is not the doer
            speaker = None
        if teller_only(speaker, event_type, agentless):
            speaker = None  # "rights groups said 200 people had been detained"
        if speaker is not None and not trig.nominal and sources in ([], [speaker]):
            sources, targets = teller_as_doer(speaker, event_type, targets, self, agentless,
                                              tok)
        if not sources and event_type == "PROTEST" and self.resolver.focus:
            # "the protests erupted": protesters are the story's own people
            sources = [Actor(text="", country=self.resolver.focus, role="CVL")]
        if not sources and agentless and event_type == "COERCE" and (
                held := held_in(tok)) is not None:
            # "was arrested in Cape Verde", "Americans held in Iran": the state of the
            # place where the arrest or detention happens made it
            sources = [party(held)]
        focus, pair = self.resolver.focus, self.resolver.pair
        if event_type in STATE_ACTS and pair and focus in pair and len(targets) == 1 and \
                targets[0].person in self.resolver.guessed and targets[0].country == focus \
                and targets[0].role not in STATE_ROLES and held_in(tok) is None \
                and all(s.country == focus for s in sources):
            # "Wing Commander X was taken prisoner", "the coast guard arrested Zhan": a
            # person the story gives no country, held or sentenced by the focus state of
            # a two-party dispute, is the other party's national (the focus was a guess)
            other = other_party(focus, pair)
            if other not in ("IGO", "NGO"):
                sources = sources or [party(focus)]
                targets = [dataclasses.replace(targets[0], country=other)]
        if not sources and event_type in STATE_ACTS and self.resolver.focus and targets:
            # arrests, convictions and suspensions with no agent ("was jailed", "were
            # suspended") are the authorities' doing: a foreigner's, in a two-party
            # story, the other party's; the story's own people's, their own state's
            other = agentless_holder(targets[0], self.resolver.focus, self.resolver.pair)
            if other in ("IGO", "NGO"):
                other = None  # a body arrests and jails nobody: the state does
            sources = [party(other)] if other and targets and \
                targets[0].country != other else [
                    Actor(text="", country=self.resolver.focus, role="GOV")]
        if not targets and sources and trig.sense.phrase in MEDIATION:
            # "mediated between Peru and Ecuador": the parties named
            targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in c.children if p.dep_ == "pobj"
                       for a in self.actor(p, speaker) if a not in sources]
        if not targets and sources and trig.sense.phrase in MEDIATION and \
                self.resolver.pair and not party_codes(sources) & set(self.resolver.pair):
            # "the UN is attempting to mediate the conflict": a mediator deals with both
            # parties of the story, not with one of them
            targets = [party(c) for c in self.resolver.pair]
        if not targets and sources and event_type in AUTHOR_TYPES:
            # "a ruling Moscow did not recognise": the ruling's maker, named just before
            targets = summarised_author(self, tok, sources) or author_target(
                self, tok, sources)
        # "condemned the attack on Abu Dhabi": the attack's author, not its victim
        targets = blamed_author(self, tok, event_type, sources, targets)
        # "raided the Tunis bureau of Qatar-based Al Jazeera": the premises' owner
        targets = premises_owner(self, tok, speaker, sources, targets)
        if trig.nominal:  # "India-Pakistan ceasefire holds": India first
            sources, targets = hyphen_pair(self, tok, event_type, sources, targets)
        if not sources and not targets:
            return None  # an event nobody does to nobody is not codable
        near = [c for c in parties_near(self, tok) if c not in party_codes(sources)]
        domestic = event_type in DOMESTIC or trig.sense.mode in DOMESTIC_MODES or bool(
            sources and event_type in STATEMENTS and last_word(sources[0].text) in LEGISLATORS
        ) or bool(sources and home_side(self, sources[0])) or own_violence or bool(
            event_type in ("ACCUSE", "REJECT") and not targets and home_unrest(tok)) or \
            fights_own_state(self, trig, event_type, sources, targets, near)  # "M23 seized"
        if domestic and seized_from_other(self, trig, sources, targets):
            domestic = False  # "the coast guard seized rifles": the other party's
        if self.unrest and event_type in REPRESSION and sources and \
                sources[0].country == self.resolver.focus and \
                sources[0].role in STATE_ROLES and not any(t.role in FORCES for t in targets):
            # "authorised security forces to open fire on terrorists" (not "shot down
            # several Western warplanes": forces are no public)
            domestic = True
        if not sources and event_type not in NULL_SOURCE_OK:
            return None
        if not targets and len(sources) >= 2 and (
                event_type in MUTUAL or the_two_parties(self, sources)):
            pass  # "India and Pakistan agreed": the parties are each other's recipients
        elif not targets and len(sources) >= 2 and event_type in IMPLIED_TARGET:
            # "Britain and France also froze the assets": each source acts on whoever
            # the story implies, not on its fellow source
            targets = []
            for s in sources:
                code = counterpart(s, self.resolver.focus, self.resolver.pair, near,
                                   event_type)
                if code is not None and code != s.country and all(
                        t.country != code and t.role != code for t in targets):
                    targets.append(party(code))
            if not targets and event_type not in OUTSIDERS_ALONE:
                return None
            # "Egypt, Bahrain and Oman welcomed the agreement": outsiders to the story
            # each welcome it, aimed at nobody implied (not at one another)
            self.unaimed = not targets
        elif not targets and event_type in IMPLIED_TARGET:
            code = counterpart(sources[0] if sources else None, self.resolver.focus,
                               self.resolver.pair, near, event_type)
            if sources and sources[0].country and domestic:
                code = sources[0].country
            elif pair_ := self.resolver.pair:
                src = sources[0].country if sources else None
                if src in pair_ and code != src and event_type not in AUTHOR_TYPES:
                    # "halted imports from Taiwan" (not "condemned the invasion of X")
                    code = third_named(tok, src, pair_) or code
            if code in ("IGO", "NGO"):
                targets = [Actor(text="", name=None, country=None, role=code)]
            elif code is not None:
                targets = [Actor(text="", name=None, country=code, role="UNK")]
        pair = self.resolver.pair
        if not targets and sources and pair and trig.sense.phrase in REACTIONS and \
                not party_codes(sources) & set(pair):
            # "the United States welcomed the step": an outsider's welcome of what the
            # two parties did is aimed at each of them
            targets = [party(c) for c in pair]
            self.unaimed = False
        focus = self.resolver.focus
        if not targets and sources and focus and (
                event_type == "AID" or (event_type == "AGREE" and (
                    len(sources) == 1 or AID_WORDS & set(trig.sense.phrase.split())))) and \
                all((s.country and s.country != focus) or (not s.country and s.role in (
                    "IGO", "NGO")) for s in sources) and \
                (not self.resolver.pair or (
                    (event_type == "AID" or trig.sense.phrase.split()[0] in OFFERS) and
                    not party_codes(sources) & set(self.resolver.pair))):
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
            other = counterpart(sources[0], self.resolver.focus, self.resolver.pair, near,
                                event_type)
            if other and other != sources[0].country:
                targets = [party(other) if t.country == sources[0].country else t
                           for t in targets]
        if sources and sources[0].country and not domestic:
            # "Hamas is to free 33 hostages", "strikes killed 31 civilians": a role word's
            # focus country is, in a two-party story, the other party (see home_state)
            other = counterpart(sources[0], self.resolver.focus, self.resolver.pair, near,
                                event_type)
            body = other in ("IGO", "NGO")
            targets = [dataclasses.replace(
                t, country=None if body else other, role=other if body else t.role) if (
                t.country == sources[0].country and other
                and (not body or body_staff(t, event_type, self))
                and (not t.person or (weak(t) and place_country(t.text) != t.country))
                and names_country(t.text) is None and not home_state(sources[0], t, event_type)
                and last_word(t.text) not in OWN_PEOPLE and last_word(t.text) not in CROWDS
                and not own_opponents(t) and t.text.lower() not in PRONOUNS)
                else t for t in targets]
        if event_type == "ASSAULT" and sources and sources[0].country and not domestic \
                and self.resolver.pair and sources[0].country in self.resolver.pair and \
                (soil := [c for c in near if c in self.resolver.pair]):
            # "Iran struck two bases of Jaish al-Adl in Pakistan's Balochistan": a group
            # given no country of its own, struck where the clause names the other
            # party, is struck on that party's soil
            targets = [dataclasses.replace(t, country=soil[0]) if (
                t.country == sources[0].country and t.role not in STATE_ROLES and
                names_country(t.text) is None) else t for t in targets]
        if sources and sources[0].country and sources[0].role in STATE_ROLES and \
                event_type in ON_OWN_PEOPLE:
            # "Venezuela released 30 jailed opponents", "a court jailed two activists":
            # a state frees, jails or fires on its own opponents, whichever country the
            # story is mostly about
            targets = [dataclasses.replace(t, country=sources[0].country)
                       if own_opponents(t) else t for t in targets]
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
                    place_country(e.text) == sources[0].country for e in tok.sent.ents
                    if e.label_ in ("GPE", "LOC", "FAC")) else sources[0].country
            targets = [dataclasses.replace(t, country=public) if (
                last_word(t.text) in CROWDS and not t.person and
                names_country(t.text) is None) else t for t in targets]
        if pair and len(sources) == 1 and len(targets) == 1 and (
                not sources[0].person or sources[0].person in self.resolver.guessed) and \
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
                if other not in ("IGO", "NGO") else sources
        # "the junta asked France to withdraw": a guessed doer is not the country it names
        sources = guessed_side(self.resolver, self.annotated.title_sentences, event_type,
                               sources, targets)
        targets = home_people(sources, targets, event_type)  # "a court jailed 8 people"
        targets = own_people_wronged(self, event_type, sources, targets, near)
        targets = displaced_of_other(self, trig, event_type, sources, targets, near)
        # "released X in exchange for Y": each side releases to the other
        sources, targets = swap_halves(tok, event_type, sources, targets)
        if sources:
            self.done.append((event_type, sources[0]))
        return sources, targets
