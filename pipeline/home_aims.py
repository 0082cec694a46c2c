"""Which events are aimed at home, and which recipients stay at home: the two policies
of ``pipeline.implied_recipients`` that decide between a state's own country and the
other party of a two-party story, each a ranked list of small named tests.

An event is *domestic* (its implied recipient is the source's own country, and a
recipient of the source's country is not moved to the other party) when one of
``HOME_SIGNS`` holds and the act is no seizure of the other party's property, or when a
state facing unrest uses force on its public. A recipient the resolver gave the
source's own country is, in a two-party story, the other party's unless one of
``STAYS_HOME`` holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.actor_home_rebels import fights_own_state
from pipeline.actor_lexicon import BODIES, STATE_BODIES, names_country, place_country
from pipeline.actor_setting import places_told
from pipeline.agentless_doers import FORCES
from pipeline.body_seats import COURT_STAFF
from pipeline.clause_actors import OWN_STATE
from pipeline.implied_parties import (
    CROWDS,
    OWN_PEOPLE,
    home_body,
    home_institution,
    home_side,
    home_state,
    home_unrest,
    last_word,
    own_opponents,
    owned_people,
    seized_from_other,
    weak,
)
from pipeline.party_stretches import home_stretch, named_nearby
from pipeline.story_parties import other_party
from pipeline.word_classes import ends_in_word, word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

__all__ = ["DOMESTIC", "FORCE_TYPES", "STATEMENTS", "EventView", "aimed_at_home",
           "home_voice_addressees", "home_voice_source", "stays_home"]

#: Events whose unnamed recipient is the actor's own country: protesters face their
#: government, police detain their own citizens, an official resigns from office.
DOMESTIC = frozenset({"PROTEST", "COERCE"})
DOMESTIC_MODES = frozenset({"resign"})
#: What a state facing unrest does to its own public: force and warnings.
REPRESSION = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: What a state's forces do to a crowd.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Legislators act on their own government's policy: their criticism, demands or
#: refusals with no named recipient are domestic ("Republican lawmakers criticized the
#: deal"), not aimed at the foreign party the deal was made with (see word_classes.toml).
LEGISLATORS = word_class("legislators")
#: A state's legislature, chamber or members: what a statement asks of or says about
#: them is said at home, wherever the story is about (an attack on one is not).
HOME_LEGISLATURE = LEGISLATORS | word_class("legislatures")
#: What legislators do by speaking (not acts they report: "saying it freed a dealer").
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
#: Roles of a country's own public voices (civilians and families, the opposition,
#: parties): with no recipient named, what they criticise or refuse is aimed at their
#: own state ("the opposition accused the authorities", "his family called it an
#: insult"), not at the foreign party of a two-party story, which speaks through its
#: state. Their demands are not: relatives asking for a captive's release ask whoever
#: holds him.
HOME_VOICES = frozenset({"CVL", "OPP", "POL"})
HOME_VOICE_TYPES = frozenset({"ACCUSE", "REJECT"})
#: What a public voice says to a state body named by its role word: that body is its own
#: state's ("urged the government", "accused the authorities").
HOME_VOICE_ADDRESS = frozenset({"ACCUSE", "REJECT", "REQUEST"})
#: Verbs of handing over a diplomatic protest ("lodged a protest", "filed a protest").
LODGING = word_class("protest_lodging")
#: Pronouns: their country comes from an antecedent, not from the story's focus.
PRONOUNS = frozenset({"they", "them", "it", "he", "him", "she", "her", "we", "us"})


@dataclass(frozen=True)
class EventView:
    """An event as ``implied_recipients`` reads it: its trigger and type, the actors
    the clause found, the story's parties its phrase names (nearest first), and whether
    the clause reads it as a state's violence on its own ground."""

    finder: ArgumentFinder
    trig: Trigger
    event_type: str
    sources: list[Actor]
    targets: list[Actor]
    near: list[str]
    own_violence: bool


def home_voice(actor: Actor, event_type: str,
               types: frozenset[str] = HOME_VOICE_TYPES) -> bool:
    """Whether a criticism's or refusal's (or one of ``types``) source is a public voice
    of its own country (not a state the parser gave a civilian role: "the Philippines",
    "German towns")."""
    return event_type in types and actor.role in HOME_VOICES and \
        names_country(actor.text) is None


def home_voice_addressees(sources: list[Actor], targets: list[Actor], event_type: str
                          ) -> list[Actor]:
    """A public voice's criticism, refusal or demand aimed at a state body named only by
    its role word ("the opposition accused the authorities", "opposition senators urged
    the government"): its own state's, not the country the story's focus gave the role
    word."""
    if not sources or not sources[0].country or \
            not home_voice(sources[0], event_type, HOME_VOICE_ADDRESS):
        return targets
    own = sources[0].country
    return [dataclasses.replace(t, country=own) if (
        t.country and t.country != own and t.role in STATE_BODIES and not t.person and
        names_country(t.text) is None and t.text[:1].islower()) else t for t in targets]


#: What a state's legislators, courts, prosecutors or opposition say of one of its
#: institutions.
HOME_JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
#: Its officers, who with its home bodies are the forces it uses on its own street.
POLICE_OFFICERS = word_class("police_officers")
#: People in the street that force is used on: crowds, and people or men gathered.
STREET_PEOPLE = CROWDS | {"people", "men"}
#: Words of a place held by another state's forces ("occupied Melitopol").
OCCUPATION = word_class("occupation")
#: A state's armed forces ("Israeli forces", "Russian troops").
ARMED_BODIES = word_class("armed_bodies")


def _home_institution(tgt: Actor) -> bool:
    # an institution that acts only at home ("police", "the court": implied_parties'
    # home_institution, a court's role or a home body, and its officers); not a person, whose
    # country a voice abroad may judge ("Republican lawmakers criticised Putin"), nor a
    # government or regime ("the government", "his government"), which in a two-party
    # story the coder may have given the other party
    return tgt.person is None and (home_institution(tgt) or
                                   ends_in_word(tgt.text, POLICE_OFFICERS))


def _judges_at_home(src: Actor, tgt: Actor, event_type: str) -> bool:
    # "lawmakers complained that police had waited", "prosecutors are investigating the
    # court": a home voice judging one of its state's own institutions
    words = src.text.lower().split()
    return event_type in HOME_JUDGEMENTS and _home_institution(tgt) and (
        last_word(src.text) in LEGISLATORS | COURT_STAFF or "opposition" in words)


def _polices_street(src: Actor, tgt: Actor, event_type: str) -> bool:
    # "police charged protesters", "officers had beaten some men"
    return event_type in FORCE_TYPES and tgt.person is None and \
        (home_body(src) or ends_in_word(src.text, POLICE_OFFICERS)) and \
        last_word(tgt.text) in STREET_PEOPLE


def _forces_abroad(tok: Token, country: str) -> bool:
    # force in an occupied place ("police officers beat men in occupied Melitopol"), or
    # in a story naming the source country's armed forces ("Israeli forces were
    # escalating"): the unnamed officers may be the occupier's or the deployed force's
    doc = tok.doc
    return any(w.lemma_.lower() in OCCUPATION for w in tok.sent) or any(
        w.lemma_.lower() in ARMED_BODIES and any(
            c.dep_ in {"amod", "compound"} and names_country(c.text) == country
            for c in w.children) for w in doc[:tok.sent.end])


def home_voice_source(trig: Trigger, event_type: str, sources: list[Actor],
                      targets: list[Actor]) -> list[Actor]:
    """A lone source that is a state's home body or voice named by no country (its
    police or officers using force on a crowd; its lawmakers, courts, prosecutors or
    opposition judging its police or its courts), which took a country its sentence
    does not name while the recipients have another: the recipients' country ("Police
    charged protesters who tried to reach the Spanish government's delegation" in a
    story on Germany's arrest of a Catalan leader; "lawmakers complained that police had
    waited too long" in a story on a US appeal to Macedonia). Where the sentence names
    the source's country, it stands ("police fired tear gas at protesters in Rome,
    France said"); so does a judgement of police the sentence places in the recipient's
    land (a voice abroad: "MPs accused police in Paris"), and force in an occupied place
    or in a story naming the source country's armed forces ("Israeli forces")."""
    if len(sources) != 1 or not targets or len({t.country for t in targets}) > 1:
        return sources
    src, tgt = sources[0], targets[0]
    if src.person or not src.country or not tgt.country or src.country == tgt.country \
            or names_country(src.text) is not None or names_country(tgt.text) is not None:
        return sources
    if not ((_judges_at_home(src, tgt, event_type) and
             tgt.country not in places_told(trig.token.sent)) or
            (_polices_street(src, tgt, event_type) and
             not _forces_abroad(trig.token, src.country))):
        return sources
    if named_nearby(trig.token, src.country, window=0):
        return sources  # (the paragraph before may name it: the story's other party)
    return [dataclasses.replace(src, country=tgt.country)]


# -- Signs of an event aimed at home, in the order they are asked -------------------

def _domestic_type(ev: EventView) -> bool:
    # protests face the protesters' government; coercion falls on the state's own people
    return ev.event_type in DOMESTIC


def _resignation(ev: EventView) -> bool:
    # an official resigns from an office at home
    return ev.trig.sense.mode in DOMESTIC_MODES


def _legislators_statement(ev: EventView) -> bool:
    # "Republican lawmakers criticized the deal": the legislators' own government's
    return bool(ev.sources) and ev.event_type in STATEMENTS and \
        last_word(ev.sources[0].text) in LEGISLATORS


def _home_voice(ev: EventView) -> bool:
    # "the opposition accused the authorities": a public voice faces its own state
    return bool(ev.sources) and home_voice(ev.sources[0], ev.event_type)


def _home_side(ev: EventView) -> bool:
    # "riot police pulled back": the focus country's crowds, opposition or police
    return bool(ev.sources) and home_side(ev.finder, ev.sources[0])


def _own_violence(ev: EventView) -> bool:
    # the clause read a state's violence on its own ground (``clause_actors``)
    return ev.own_violence


def _condemned_unrest(ev: EventView) -> bool:
    # "Ruto called the protests treasonous": aimed at the state's own public; a protest
    # a state lodges, files or delivers ("Nepal lodged a formal protest") is its
    # diplomatic complaint to another state, no unrest at home
    return ev.event_type in ("ACCUSE", "REJECT") and not ev.targets and \
        ev.trig.token.lemma_.lower() not in LODGING and home_unrest(ev.trig.token)


def _fights_own_state(ev: EventView) -> bool:
    # "M23 seized the town": rebels act against their own state
    return fights_own_state(ev.finder, ev.trig, ev.event_type, ev.sources, ev.targets,
                            ev.near)


#: Signs that an event is aimed at home, asked in this order (the first that holds).
HOME_SIGNS: tuple[Callable[[EventView], bool], ...] = (
    _domestic_type, _resignation, _legislators_statement, _home_voice, _home_side,
    _own_violence, _condemned_unrest, _fights_own_state)


def _seizes_from_other(ev: EventView) -> bool:
    # "the coast guard seized rifles": the property seized is the other party's
    return seized_from_other(ev.finder, ev.trig, ev.sources, ev.targets)


def _represses_unrest(ev: EventView) -> bool:
    # "authorised security forces to open fire on terrorists" in a story of unrest (not
    # "shot down several Western warplanes": forces are no public)
    finder, sources = ev.finder, ev.sources
    return finder.unrest and ev.event_type in REPRESSION and bool(sources) and \
        sources[0].country == finder.resolver.focus and \
        sources[0].role in STATE_BODIES and not any(t.role in FORCES for t in ev.targets) \
        and not _warns_other_state(ev)


def _warns_other_state(ev: EventView) -> bool:
    """"the ministry warned that more measures would follow", "China reserved the right
    to respond": a government's warning that names no addressee, in a story of two
    states, is aimed at the other state, whatever street protests the story reports
    (and a diplomatic protest is no unrest); not a commander's on the street."""
    pair = ev.finder.resolver.pair
    code = ev.sources[0].country
    return ev.event_type == "THREATEN" and not ev.targets and pair is not None and \
        ev.sources[0].role == "GOV" and code in pair and \
        other_party(code, pair) not in BODIES


def aimed_at_home(ev: EventView) -> bool:
    """Whether the event is domestic: a sign of ``HOME_SIGNS`` holds and it seizes no
    property of the other party, or a state facing unrest uses force on its public
    (which no seizure undoes)."""
    if any(sign(ev) for sign in HOME_SIGNS) and not _seizes_from_other(ev):
        return True
    return _represses_unrest(ev)


# -- Recipients of the source's own country that stay at home -----------------------

def body_staff(actor: Actor, event_type: str, finder: ArgumentFinder) -> bool:
    """A recipient named only by a role word ("expelled the mission's spokesman",
    "demanded that the troops leave") that can be the staff or forces of the body a
    state's story is paired with; not people ("killed 500 people"), a state itself
    ("accused the government", "closed the country's borders"), the opposition, its
    own police or people ("its soldiers", "Machar's troops"), and not the object of
    force, which a state uses on its own or the other state's people."""
    return event_type not in FORCE_TYPES and actor.role not in ("CVL", "OPP") and \
        last_word(actor.text) not in OWN_STATE and not owned_people(finder, actor, event_type)


def _no_staff_of_body(t: Actor, ev: EventView, other: str) -> bool:
    # a body (the UN, an NGO) as the other party takes only its staff or forces
    return other in BODIES and not body_staff(t, ev.event_type, ev.finder)


def _surely_placed_person(t: Actor, ev: EventView, other: str) -> bool:
    # a person keeps his country unless it was a weak guess his name's place belies
    return bool(t.person) and not (weak(t) and place_country(t.text) != t.country)


def _names_its_country(t: Actor, ev: EventView, other: str) -> bool:
    # "Israeli soldiers": the text itself names the country
    return names_country(t.text) is not None


def _source_home_state(t: Actor, ev: EventView, other: str) -> bool:
    # what a state's own institutions do or say at home (``home_state``)
    return home_state(ev.sources[0], t, ev.event_type)


def _own_people(t: Actor, ev: EventView, other: str) -> bool:
    # "its citizens", "its soldiers": the source's own people
    return last_word(t.text) in OWN_PEOPLE


def _crowd(t: Actor, ev: EventView, other: str) -> bool:
    # crowds and protesters are a state's own public
    return last_word(t.text) in CROWDS


def _home_legislature(t: Actor, ev: EventView, other: str) -> bool:
    # "Obama urged lawmakers": a statement to a legislature is said at home
    return ev.event_type in STATEMENTS and last_word(t.text) in HOME_LEGISLATURE


def _own_opponent(t: Actor, ev: EventView, other: str) -> bool:
    # "jailed opposition leaders": a state's opponents are its own
    return own_opponents(t)


def _home_stretch(t: Actor, ev: EventView, other: str) -> bool:
    # "the senate opened an inquiry into the minister" in a stretch of the story that
    # leaves the other party out (``party_stretches.home_stretch``): the minister is the
    # senate's own
    src = ev.sources[0]
    return src.country is not None and \
        home_stretch(ev.trig.token, src.country, src.text, ev.finder.resolver.pair)


def _pronoun(t: Actor, ev: EventView, other: str) -> bool:
    # a pronoun's country is its antecedent's, not the story's focus
    return t.text.lower() in PRONOUNS


#: Why a recipient given the source's own country keeps it, asked in this order.
STAYS_HOME: tuple[Callable[[Actor, EventView, str], bool], ...] = (
    _no_staff_of_body, _surely_placed_person, _names_its_country, _source_home_state,
    _own_people, _crowd, _home_legislature, _own_opponent, _pronoun, _home_stretch)


def stays_home(t: Actor, ev: EventView, other: str | None) -> bool:
    """Whether recipient ``t`` keeps its country rather than becoming the ``other``
    party's (a state's code, or a body's: IGO, NGO): it has another country than the
    source's, there is no other party, or one of ``STAYS_HOME`` holds."""
    return t.country != ev.sources[0].country or not other or \
        any(keeps(t, ev, other) for keeps in STAYS_HOME)
