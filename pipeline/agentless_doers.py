"""Who did an act the clause tells without an agent ("31 civilians were killed", "was
arrested in Cape Verde", "the protests erupted"): the second step of
``ArgumentFinder.attach``, after the actors the clause names and before the recipients
the story implies (``pipeline.implied_recipients``). Also the teller of a reported act when the
clause names nobody else (``pipeline.actor_tellers``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_detention import agentless_holder, held_at_home, held_in
from pipeline.actor_expulsions import expelled_from
from pipeline.actor_lexicon import BODIES, STATE_BODIES, names_country
from pipeline.actor_releases import release_holder
from pipeline.actor_setting import places_told
from pipeline.actor_tellers import teller_as_doer, teller_only
from pipeline.event_filters import SPOKEN_SENSES
from pipeline.implied_parties import (
    counted_by_side,
    parties_near,
    party,
)
from pipeline.jail_terms import JAIL_TERM
from pipeline.natural_hazards import natural_hazard
from pipeline.noun_modifiers import against_prefixed
from pipeline.recalled_envoys import passive_recall_post, passive_recaller
from pipeline.story_parties import counterpart, other_party
from pipeline.syntax import agentless_passive, objects, subject
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Acts that, reported without an agent, are done by the authorities of the story.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Prepositions of the place a protest is held in.
PROTEST_GROUND = frozenset({"in", "at", "across", "throughout"})
#: Roles of the forces a state deploys.
FORCES = frozenset({"MIL", "GOV", "REB"})
#: Types reported without a stated actor often enough to code with a null source
#: ("aid flowed into Gaza", "a ceasefire took effect", "20 people were killed").
NULL_SOURCE_OK = frozenset({"AID", "RETREAT", "ASSAULT", "CONCEDE"})
#: Tellers that are no side of a story's violence: rights groups and world bodies.
#: Killings that, reported without an agent, are the state's own sentence carried out.
EXECUTIONS = frozenset({"hang", "execute"})
#: Violence named as no one's act: the subject of a killing that names no agent.
FIGHTING = word_class("fighting")
#: Doers whose killing is no one-country story's own violence: arms that strike from
#: afar, blasts, accidents, sickness, animals; and the marks of a doer from across a
#: front or unknown.
REMOTE_DOERS = word_class("remote_doers") | word_class("weapons") | word_class("blast_nouns")
REMOTE_DOER_MARKS = word_class("remote_doer_marks")


def against_home(tok: Token, aimed: str | None, pair: tuple[str, str] | None) -> str | None:
    """Whose people hold a protest against ``aimed`` ("anti-American protests"): the
    country of the place it is held in ("in Pakistan", "spread across Niger"), else the
    story's other party, else no one said."""
    for h in (tok, tok.head):
        if (code := held_in(h, PROTEST_GROUND)) is not None:
            return code
    other = other_party(aimed, pair) if pair and aimed in pair else None
    return other if other not in BODIES else None  # a bloc or mission has no street


def remote_doer(tok: Token) -> bool:
    """Whether the doer the clause of ``tok`` names (its subject, the agent of a passive,
    the noun a "which" stands for) is one that tells no country's own violence: a weapon
    or fire from afar, a blast, an accident ("a missile strike killed", "was killed by a
    bomb", "the bombing, which killed", "a car crash killed"), a natural hazard, or a doer
    the text places across a front or leaves unknown ("gunmen from across the border",
    "unknown assailants")."""
    doer = subject(tok)[0]
    if (doer is None and tok.dep_ == "acl") or (
            doer is not None and doer.lower_ in ("that", "which") and tok.dep_ == "relcl"):
        # "the 2009 floods in Jeddah, which killed", "the bombing of the shrine, which
        # killed", "A stampede at a temple killed" (parsed as the temple's clause): the
        # doer is a noun the clause hangs on, not always the nearest
        nouns = []
        for a in tok.ancestors:
            if a.pos_ not in ("NOUN", "PROPN", "ADP"):
                break
            nouns.append(a)
        doer = next((a for a in nouns if a.lemma_.lower() in REMOTE_DOERS or
                     natural_hazard(a)), tok.head)
    if doer is None:
        return False
    heads = [doer, *(c for c in doer.children if c.dep_ in ("compound", "amod", "nmod"))]
    clause = set(tok.subtree) if tok in doer.subtree else set()
    return natural_hazard(doer) or any(
        w.lemma_.lower() in REMOTE_DOERS or w.lower_ in REMOTE_DOERS for w in heads) or any(
        t.lemma_.lower() in REMOTE_DOER_MARKS for t in doer.subtree if t not in clause)


def _own_violence_of(victim: str) -> list[Actor]:
    """The doer of violence a country's own unrest or war does on its own people: that
    country, of no role the text names."""
    return [Actor(text="", name=None, country=victim, role="UNK")]


def agentless_doers(finder: ArgumentFinder, trig: Trigger, event_type: str,
                    sources: list[Actor], targets: list[Actor], speaker: Actor | None
                    ) -> tuple[list[Actor], list[Actor], Actor | None, bool]:
    """(sources, targets, speaker, own violence) once the doer of an agentless act is
    found: own violence is a killing with no agent in the victims' own country."""
    tok = trig.token
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
        targets = [t for t in finder.object_actors(objects(tok), speaker)
                   if t.country != sources[0].country]
        victim = None
    if agentless and event_type == "ASSAULT" and sources in ([], [speaker]) and (
            authors := finder.attack_author(tok, speaker)):
        # "31 civilians were killed in the Indian strikes", "died in Russian
        # shelling": the attack the victims fell in names its author (also when the
        # clause only had the teller: "Turkey said ... after 33 of its soldiers were
        # killed in an air strike blamed on Syrian forces")
        sources = authors
    if agentless and not sources and victim and tok.lemma_.lower() in EXECUTIONS:
        # "the nine men were hanged": executed by their own state
        sources = [Actor(text="", name=None, country=victim, role="GOV")]
    if agentless and not sources and len({t.country for t in targets}) == 1 and \
            event_type == "COERCE" and held_at_home(tok, targets[0]):
        # "Nasheed was arrested": an official or opponent (or several of one country) is
        # arrested by his own state, though the story also names a neighbour or a foreign
        # party (unless the sentence names a place abroad, ``held_at_home``'s
        # ``places_told``: "was arrested in Miami"). Not a charge,
        # conviction or sentence: courts abroad try other states' officials ("Former
        # Honduran president Hernandez was convicted" in a story on US prosecutors)
        sources = [Actor(text="", name=None, country=targets[0].country, role="GOV")]
    if agentless and not sources and victim and event_type not in STATE_ACTS and (
            speaker is None or speaker.country == victim or (
                speaker.country is None and speaker.role in BODIES)):
        # "400 Indian soldiers have been killed" (said an Indian spokesman): not the
        # speaker's doing; in a two-party story the other party's, else nobody named.
        # A rights group or world body telling the toll ("a rights group said 100
        # protesters had been killed") is no side either: the same reading holds
        other = counterpart(targets[0], finder.resolver.focus, finder.resolver.pair) \
            if finder.resolver.pair and victim in finder.resolver.pair else None
        if other is not None and event_type == "ASSAULT" and \
                targets[0].role != "MIL" and not counted_by_side(tok) and \
                other not in parties_near(finder, tok) and not any(
                d.type == "ASSAULT" and (d.source.country or d.source.role) == other
                for d in finder.done):
            # soldiers killed in a two-party story fell to the other party, and so
            # did people counted by side ("200 people on the Armenian side") or
            # killed in fighting the clause has with it ("in the fighting with
            # Tajikistan"); other people killed, only in a story that has that
            # party attacking ("300 people were killed during the uprising" in a
            # story that also names Israel is no Israeli attack)
            other = None
        if other is not None and other != victim:
            sources = [party(other)]
        elif event_type == "ASSAULT" and victim == finder.resolver.focus and (
                not finder.resolver.pair or other is None) and (targets[0].role not in
                FORCES | {"GOV"} or (finder.unrest and targets[0].role == "GOV")):
            # "dozens have been killed since December": violence with no named agent
            # in a country's own unrest or war is that country's own (not soldiers or
            # police killed, someone else's attack on them, but in street unrest)
            sources, own_violence = _own_violence_of(victim), True
        elif event_type == "ASSAULT" and (prior := finder.attackers.get(victim)):
            # "a gunman stormed its embassy ... Two other guards were wounded": more
            # victims of the country the story last told attacked fell to the same side
            sources, speaker = [party(prior)], None
        elif event_type in NULL_SOURCE_OK:
            speaker = None
    if agentless and not sources and not victim and event_type not in STATE_ACTS:
        # "officials said 30 villagers were shot": the teller is not the doer
        speaker = None
    if not sources and agentless and (recaller := passive_recaller(tok, event_type)):
        # "Brazil's ambassador was called home, the spokesman said": its own state
        # recalled it, not the teller nor the authorities of the story
        sources = [recaller]
        # the post the clause names, else none: the envoy's own noun (its state) is no
        # target, and own_envoy_host then aims it at the story's other party if any
        targets = passive_recall_post(finder, tok, recaller.country or "")
    if teller_only(speaker, event_type, agentless):
        speaker = None  # "rights groups said 200 people had been detained"
    if speaker is not None and not trig.nominal and sources in ([], [speaker]):
        sources, targets = teller_as_doer(speaker, event_type, targets, finder, agentless,
                                          tok)
    if not sources and event_type == "PROTEST" and finder.resolver.focus:
        # "the protests erupted": protesters are the story's own people; but "anti-
        # Chinese riots" in a story of China are the other party's people against it
        # ("anti-government protests" are still the story's own people's)
        home: str | None = finder.resolver.focus
        if any(against_prefixed(c) and names_country(c.text) == home for c in tok.children):
            home = against_home(tok, home, finder.resolver.pair)
        if home is not None:
            sources = [Actor(text="", country=home, role="CVL")]
    if not sources and agentless and (event_type == "COERCE" or trig.sense == JAIL_TERM) \
            and (held := held_in(tok)) is not None:
        # "was arrested in Cape Verde", "Americans held in Iran", "was jailed for life in
        # Dubai": the state of the place where the arrest, detention or term happens made it
        sources = [party(held)]
    focus, pair = finder.resolver.focus, finder.resolver.pair
    if not sources and agentless and event_type == "RETREAT" and targets and (
            holder := release_holder(tok, trig.sense.mode, focus, pair, targets[0])) is not None:
        # "the two men were freed": whoever held them let them go
        sources = [holder]
    if event_type in STATE_ACTS and pair and focus in pair and len(targets) == 1 and \
            targets[0].person in finder.resolver.guessed and targets[0].country == focus \
            and targets[0].role not in STATE_BODIES and held_in(tok) is None \
            and all(s.country == focus for s in sources):
        # "Wing Commander X was taken prisoner", "the coast guard arrested Zhan": a
        # person the story gives no country, held or sentenced by the focus state of
        # a two-party dispute, is the other party's national (the focus was a guess)
        other = other_party(focus, pair)
        if other not in BODIES:
            sources = sources or [party(focus)]
            targets = [dataclasses.replace(targets[0], country=other)]
    if not sources and agentless and event_type in STATE_ACTS and (
            left := expelled_from(tok, trig.sense.mode, targets)) is not None:
        # "had been expelled from Poland": the state the person was sent out of
        sources = [party(left)]
    if not sources and event_type in STATE_ACTS and finder.resolver.focus and targets:
        # arrests, convictions and suspensions with no agent ("was jailed", "were
        # suspended") are the authorities' doing: a foreigner's, in a two-party
        # story, the other party's; the story's own people's, their own state's
        other = agentless_holder(targets[0], finder.resolver.focus, finder.resolver.pair)
        if other in BODIES:
            other = None  # a body arrests and jails nobody: the state does
        sources = [party(other)] if other and targets and \
            targets[0].country != other else [
                Actor(text="", country=finder.resolver.focus, role="GOV")]
    if not sources and event_type == "ASSAULT" and not trig.nominal and \
            victim is not None and victim == focus and not pair and \
            not remote_doer(tok) and places_told(tok.sent) <= {victim} and \
            (targets[0].role not in FORCES or
             (targets[0].person and targets[0].role == "GOV")):
        # "Abe was shot dead while delivering a speech", "rioting killed at least 15
        # people", "an armoured vehicle ran over and killed a driver": violence whose doer
        # the story names by no country, on the people of the one country a story
        # without two parties is about, is that country's own (the own-violence reading
        # above, also where the clause's subject names no country or the victim is a
        # named official). Not soldiers or police killed, someone else's attack on them,
        # nor an attack noun ("attacks on Kenyan positions": its victim, not its doer),
        # nor where the sentence places it abroad ("Swedish officers killed in Brussels").
        # Nor a killing by a weapon from afar, a blast or an accident (``remote_doer``):
        # "a missile strike killed 12 people in Kharkiv" is most often the enemy's, and
        # is left with no source, as gold codes an unknown doer; a named official killed
        # is the reading's only if a civilian one (a general is someone else's target)
        sources, own_violence = _own_violence_of(victim), True
    return sources, targets, speaker, own_violence
