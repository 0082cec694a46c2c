"""The readings of one trigger: its own clause's (who the clause and the story say did
what to whom, with the type and modality that changes), and the constructions that clause
reading does not see, tried in a fixed order (``READERS``) until one codes the trigger.
``pipeline.extract`` turns the first reading's actor pairs into events."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.actor_fallback import story_actors
from pipeline.actor_lexicon import names_country, place_country
from pipeline.actor_summarised_acts import misread_answer_parties
from pipeline.adjunct_meetings import adjunct_meeting
from pipeline.document_voices import document_voice
from pipeline.drawn_reactions import drawn_reaction
from pipeline.envoys_told_to_leave import DEMANDED_DEPARTURE, evacuated
from pipeline.event_pairs import actor_pairs
from pipeline.event_places import sentence_place
from pipeline.held_warnings import warned_demand_state, warned_pairs
from pipeline.modality import modality_for
from pipeline.plover import SYMMETRIC
from pipeline.promised_resignations import PROMISED_RESIGNATION
from pipeline.story_fighting import story_fighting
from pipeline.story_own_voices import own_voice
from pipeline.story_pair_meetings import story_pair_meeting
from pipeline.story_pair_truces import story_pair_truce
from pipeline.story_pair_voices import pair_voice
from pipeline.syntax import subject, talks_behind
from pipeline.trigger_barring import HOME_BAN
from pipeline.trigger_lexicon import lemma_of
from pipeline.trigger_objects import regret_at_other, regretted_agent, regretted_owner
from pipeline.trigger_permissions import PROMISED_PERMISSION
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.event_filters import Reading
    from pipeline.triggers import Trigger

#: Material cooperation that, promised or scheduled rather than done, is an AGREE.
PROMISABLE = frozenset({"RETREAT", "AID", "COOPERATE"})
#: Meetings that are multilateral by name: one convener is enough.
MULTILATERAL = frozenset({"summit", "conference", "congress", "assembly"})
#: The other types a sense takes in a construction its clause's parties or its promise
#: decide, declared beside the sense (``trigger_lexicon.Alternative``), tried in order.
ALTERNATIVES = (PROMISED_RESIGNATION, PROMISED_PERMISSION, HOME_BAN, DEMANDED_DEPARTURE)

#: Actor pairs of one reading of a trigger.
Pairs = list[tuple[Actor | None, Actor | None]]
#: The pairs coded so far in a sentence, by trigger token index.
Coded = dict[int, Pairs]
#: (type, modality, pairs) of the reading that codes a trigger.
Found = tuple[str, str, Pairs]


def _found(finder: ArgumentFinder, event_type: str, modality: str, sources: list[Actor],
           targets: list[Actor]) -> Found:
    return event_type, modality, actor_pairs(event_type, sources, targets, finder.unaimed)


def _drawn(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
           coded: Coded) -> Found | None:
    """"drawing condemnation from Tokyo": the reaction drawn (pipeline.drawn_reactions)."""
    drawn = drawn_reaction(finder, trig, speaker)
    if drawn is None:
        return None
    return _found(finder, drawn[0], modality_for(trig.token, drawn[0], negated=reading.negated),
                  *drawn[1:])


def _held(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
          coded: Coded) -> Found | None:
    """"demanded that Seoul act, warning that Japan would ...": the demand's parties
    (pipeline.held_warnings)."""
    pairs = [] if trig.nominal or reading.event_type != "THREATEN" else \
        warned_pairs(trig.token, coded)
    if not pairs:
        return None
    return "THREATEN", modality_for(trig.token, "THREATEN", negated=reading.negated), pairs


def _warned(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
            coded: Coded) -> Found | None:
    """"warned that Kyiv must stop its attacks" (pipeline.held_warnings): the warning is
    aimed at the state its demand is made of. A demand of the warner's own country
    ("Scholz warned that Germany must spend more") or by a warner of no country read off
    the clause ("Moody's warned that Egypt must ...") is advice, no threat; no reading
    after this one codes it."""
    if trig.nominal or reading.event_type != "THREATEN" or \
            (demanded := warned_demand_state(trig.token)) is None:
        return None
    clause = code_clause(finder, trig, reading, speaker)
    if clause is None or clause[0] != "THREATEN" or not clause[2]:
        return "THREATEN", "asserted", []
    targets = finder.actor(demanded, speaker)
    if not _another_party(clause[2], targets):
        return "THREATEN", "asserted", []
    return _found(finder, "THREATEN", clause[1], clause[2], targets)


def _clause(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
            coded: Coded) -> Found | None:
    """The reading of the trigger's own clause (``code_clause``)."""
    clause = code_clause(finder, trig, reading, speaker)
    return None if clause is None else _found(finder, *clause)


def _instigation(finder: ArgumentFinder, trig: Trigger, reading: Reading,
                 speaker: Actor | None, coded: Coded) -> Found | None:
    """"a court ruled the killing was ordered by X" (pipeline.reported_instigation): the
    parties ``pipeline.extract`` resolved for the trigger."""
    if trig.accused is None:
        return None
    return _found(finder, "ACCUSE", "asserted", *trig.accused)


def _denied(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
            coded: Coded) -> Found | None:
    """"a charge Yerevan denied" (``_denied_charge``)."""
    charge = _denied_charge(finder, trig, reading, speaker)
    return None if charge is None else _found(finder, "ACCUSE", "asserted", *charge)


def _misread_answer(finder: ArgumentFinder, trig: Trigger, reading: Reading,
                    speaker: Actor | None, coded: Coded) -> Found | None:
    """", a charge Pretoria rejects" read as a noun phrase (pipeline.misread_answers): read
    here alone, as the clause the parser saw has no subject or object of its own."""
    if trig.answerer is None:
        return None
    found = misread_answer_parties(finder, trig, speaker)
    if found is None:
        return reading.event_type, "asserted", []
    return _found(finder, reading.event_type,
                  modality_for(trig.token, reading.event_type, negated=reading.negated),
                  *found)


def _talks(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
           coded: Coded) -> Found | None:
    """Talks told as the run-up of an act coded in the sentence (``_talks_parties``)."""
    pairs = _talks_parties(trig, reading, coded)
    if not pairs:
        return None
    return "CONSULT", modality_for(trig.token, "CONSULT", negated=reading.negated), pairs


def _adjunct(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None,
             coded: Coded) -> Found | None:
    """"was on a visit to India", "told X in a phone call" (pipeline.adjunct_meetings)."""
    met = adjunct_meeting(finder, trig, speaker)
    if met is None:
        return None
    return _found(finder, "CONSULT",
                  modality_for(trig.token, "CONSULT", negated=reading.negated), *met)


if TYPE_CHECKING:
    #: A reading of a trigger: (type, modality, pairs) or None.
    Reader = Callable[[ArgumentFinder, Trigger, Reading, Actor | None, Coded], Found | None]
    #: The story's (sources, targets) for a construction the clause reading does not see.
    StoryParties = Callable[[ArgumentFinder, Trigger, Actor | None],
                            tuple[list[Actor], list[Actor]] | None]


def _story_reader(parties: StoryParties) -> Reader:
    """A reader coding the trigger's own type and modality with the parties ``parties``
    takes from the story: "the talks ended without a deal" (story_pair_meetings), "the
    truce took effect at noon" (story_pair_truces), "fighting continued" (story_fighting)."""
    def read(finder: ArgumentFinder, trig: Trigger, reading: Reading,
             speaker: Actor | None, coded: Coded) -> Found | None:
        found = parties(finder, trig, speaker)
        if found is None:
            return None
        return _found(finder, reading.event_type,
                      modality_for(trig.token, reading.event_type, negated=reading.negated),
                      *found)
    return read


def _own_voice(finder: ArgumentFinder, trig: Trigger, reading: Reading,
               speaker: Actor | None, coded: Coded) -> Found | None:
    """"the bishop called on the government" in a story about one country
    (pipeline.story_own_voices), "the opposition party accused the ruling party" in a
    story between two (pipeline.story_pair_voices)."""
    spoken = own_voice(finder, trig, reading.event_type, speaker) or \
        pair_voice(finder, trig, reading.event_type, speaker)
    if spoken is None:
        return None
    return _found(finder, reading.event_type,
                  modality_for(trig.token, reading.event_type, negated=reading.negated),
                  *spoken)


#: The readings of a trigger, tried in this order until one codes it. A drawn reaction
#: comes before the clause's own reading ("drawing condemnation from X" is X's act, not
#: the subject's), and so does a told instigation ("a court ruled the killing was ordered
#: by X" is the court's accusation of X); the fallbacks after it read constructions the
#: clause reading does not see, and yield to talks that are the run-up of an act coded in
#: the sentence. A document named again as its clause's subject ("The statement accused
#: X") speaks for the story's last subject, as "it" would (pipeline.document_voices). An
#: unplaced speaker taken for the story's own country comes last: it is a guess from the
#: story where every other reading is read off the sentence.
READERS: tuple[Reader, ...] = (
    _drawn, _instigation, _held, _misread_answer, _warned, _clause, _denied, _talks, _adjunct,
    _story_reader(story_pair_meeting), _story_reader(story_pair_truce),
    _story_reader(story_fighting),
    _story_reader(document_voice), _own_voice)


def read_trigger(finder: ArgumentFinder, trig: Trigger, reading: Reading,
                 speaker: Actor | None, coded: Coded) -> Found | None:
    """(type, modality, actor pairs) of the first of ``READERS`` that codes the trigger,
    or None: ``coded`` holds the pairs of the sentence's triggers coded before it."""
    return next((f for read in READERS
                 if (f := read(finder, trig, reading, speaker, coded)) is not None), None)


def _denied_charge(finder: ArgumentFinder, trig: Trigger, reading: Reading,
                   speaker: Actor | None) -> tuple[list[Actor], list[Actor]] | None:
    """"Baku said the road was used to smuggle arms, a charge Yerevan denied": the
    charge noun closing a reported clause is the speaker's accusation of the party
    that denies it."""
    tok = trig.token
    if not trig.nominal or reading.event_type != "ACCUSE" or speaker is None or \
            tok.dep_ not in ("appos", "npadvmod"):
        return None
    denial = next((c for c in tok.children if c.dep_ in ("relcl", "appos", "acl")
                   and lemma_of(c) in word_class("denials")), None)
    if denial is None:
        return None
    denier = next((c for c in denial.children if c.dep_ in ("nsubj", "compound")), None)
    targets = finder.actor(denier, speaker) if denier is not None else []
    if not targets:
        return None
    return [speaker], targets


def _talks_parties(trig: Trigger, reading: Reading, coded: Coded) -> Pairs:
    """"The truce was signed after two weeks of talks", "secured their release after
    lengthy negotiations": talks that name no parties of their own, told as the run-up
    or setting of an act coded in the sentence, were held by that act's two parties."""
    if not trig.nominal or reading.event_type != "CONSULT":
        return []
    return [(s, t) for act in talks_behind(trig.token)
            for s, t in coded.get(act.i, []) if s is not None and t is not None]


def code_clause(finder: ArgumentFinder, trig: Trigger, reading: Reading, speaker: Actor | None
          ) -> tuple[str, str, list[Actor], list[Actor]] | None:
    """(type, modality, sources, targets) of one trigger reading, or None."""
    tok = trig.token
    event_type = reading.event_type
    done = len(finder.done)
    attached = _parties(finder, trig, event_type, speaker)
    if attached is None:
        return None
    sources, targets = attached
    # "she would not step down" states a refusal now, whatever the tense
    modality = "asserted" if reading.refusal else modality_for(tok, event_type,
                                                               negated=reading.negated)
    if modality in ("future", "proposed") and event_type in PROMISABLE and \
            trig.sense.phrase not in word_class("ongoing_cooperation"):
        # PLOVER: a future-tense cooperative act is an AGREE ("will be exchanged");
        # "will work with" stays the cooperation
        event_type = "AGREE"
    read_type = event_type
    for alt in ALTERNATIVES:
        if event_type == alt.of and alt.holds(trig, sources, targets):
            event_type = alt.to
            break  # the first that holds is the event: no second turns it back
    if event_type != read_type:
        # the sense's alternative is the event: its pair and modality are read for it,
        # and the finder's record of acts done (which later readings take doers from:
        # "concerned by the arrests") holds it as coded, not as first read
        del finder.done[done:]
        attached = _parties(finder, trig, event_type, speaker)
        if attached is None:
            return None
        sources, targets = attached
        if not reading.refusal:
            modality = modality_for(tok, event_type, negated=reading.negated)
    if evacuated(trig, sources, targets):
        return None  # "said embassy staff must leave Haiti": its own, no expulsion
    if event_type == "CONCEDE" and trig.sense.phrase in ("regret", "lament") and \
            (owner := regretted_owner(tok)) is not None:
        # "regretted the army's absence": regret at another's act is disapproval
        event_type = "ACCUSE"
        targets = finder.actor(owner, speaker) or targets
    elif event_type == "CONCEDE" and trig.sense.phrase in ("regret", "lament") and \
            regret_at_other(tok):
        # "expressed regret over the closure": as "regretted the closure" (the regret
        # table), aimed at the act's doer where named ("the deportation ... by
        # Australia"); with no other party it stays a concession ("Pakistan expressed
        # regret over the deportation of Afghan refugees": its own)
        agent = regretted_agent(tok)
        aimed = (finder.actor(agent, speaker) if agent is not None else None) or targets
        if _another_party(sources, aimed):
            event_type, targets = "ACCUSE", aimed
    elif event_type == "ACCUSE" and trig.sense.phrase in REGRETTED_MEASURES:
        # "regretted the deportation of its nationals by the Dominican Republic": at the
        # measure's named doer
        agent = regretted_agent(tok)
        targets = (finder.actor(agent, speaker) if agent is not None else None) or targets
        if not _another_party(sources, targets):
            event_type = "CONCEDE"  # "Real Madrid regretted the expulsion of Vinicius":
            # no other party's measure
    if event_type in SYMMETRIC and not targets and len(sources) < 2 and \
            finder.resolver.pair and not trig.nominal and \
            ((subj := subject(tok)[0]) is not None and subj.lower_ == "they"):
        # "They also discussed trade": in a two-party story, the two parties
        sources = finder.resolver.resolve_pair()
    if event_type in ("AGREE", "SUPPORT") and targets and len(targets) == 1:
        # "X signed a peace deal in Helsinki": the venue is no party to it
        venue = sentence_place(finder.segment, tok, event_type) if finder.segment else None
        if venue is not None and targets[0].text.strip().lower() == venue.strip().lower():
            targets = []
    if event_type == "PROTEST" and sources and not trig.nominal:
        sources = _protesters_at_place(finder, tok, sources)
    if event_type == "CONSULT" and not targets and len(sources) < 2 and not (
            trig.nominal and tok.lemma_.lower() in MULTILATERAL) and not _hosted_meeting(tok):
        return None  # a meeting needs two parties; "ministers meeting in Luxembourg"
    return event_type, modality, sources, targets


#: Verbs of holding a meeting for others, and the meetings they hold ("convened an
#: emergency security meeting" gathers a state's own officials: no guests). A conference
#: or congress hosted is one of parties only with them named ("a conference of Gulf
#: states"): "hosted a news conference", "a conference on artificial intelligence" are not.
HOSTING = frozenset({"host"})
HOSTED = frozenset({"summit", "meeting"})
HOSTED_OF_PARTIES = MULTILATERAL - HOSTED
PARTIES_PREPS = frozenset({"of", "between", "with"})
#: "its national conference", "their annual meeting": the host's own meeting, no guests.
OWN = frozenset({"its", "his", "her", "their", "our"})


def _hosted_meeting(tok: Token) -> bool:
    """"Sisi hosted a peace summit", "Peru said it would host a meeting of regional foreign
    ministers": the host of a meeting consults its guests, who need not be named (one
    convener is enough, as for a summit named as the act). Not a host only described
    ("Hungary, which hosts the summit, said ..."), nor a meeting of the host's own
    ("its annual shareholder meeting", "a news conference", "a town hall meeting")."""
    if tok.lemma_.lower() not in HOSTING or tok.dep_ == "relcl":
        return False
    return any(c.dep_ in ("dobj", "obj") and _guests_meeting(c) for c in tok.children)


def _guests_meeting(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if any((c.dep_ == "poss" and c.lower_ in OWN)
           or (c.dep_ in ("compound", "amod", "nmod")
               and c.lemma_.lower() in word_class("inward_meetings")) for c in noun.children):
        return False
    if lemma in HOSTED_OF_PARTIES:
        return any(c.dep_ == "prep" and c.lower_ in PARTIES_PREPS for c in noun.children)
    return lemma in HOSTED


#: Regret table entries (data/triggers.toml [objects.regret]) that are disapproval only
#: of another party's measure: one's own closures and expulsions are often written
#: without a possessive (word class ``regretted_measures``).
REGRETTED_MEASURES = frozenset(f"regret {m}" for m in word_class("regretted_measures"))


def _another_party(sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether ``targets`` name a country none of ``sources`` is of. Unlike
    ``own_countries.any_abroad``, sources of no country count: "The UN human rights
    office ... regretted the imposition of the death penalty" disapproves of Bangladesh's."""
    own = {s.country for s in sources}
    return any(t.country is not None and t.country not in own for t in targets)


def _parties(finder: ArgumentFinder, trig: Trigger, event_type: str, speaker: Actor | None
             ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of a reading of ``event_type``: the clause's, else the story's."""
    attached = finder.attach(trig, event_type, speaker)
    return attached if attached is not None else story_actors(finder, trig, event_type)


def _protesters_at_place(finder: ArgumentFinder, tok: Token, sources: list[Actor]
                         ) -> list[Actor]:
    """"Several hundred people protested outside the Russian embassy in Sofia": people
    named by no nationality are the people of the place they protest in."""
    sent = finder.segment
    if sent is None or len(sources) != 1 or names_country(sources[0].text) is not None:
        return sources
    place = sentence_place(sent, tok, "PROTEST")
    code = place_country(place) if place else None
    if code is None or code == sources[0].country:
        return sources
    return [Actor(text=sources[0].text, name=None, country=code, role="CVL")]
