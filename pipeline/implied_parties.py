"""Parties a story implies for an event: the recipient it implies (``party``), a state's
own people (citizens, crowds, opponents, political detainees), the parties of brokered
talks or a deal, the story's two parties as an event's own phrase names them, and the home
side of unrest. The author of an act someone praises, rejects or blames is in
``pipeline.authored_acts``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, STATE_BODIES, names_country, place_country
from pipeline.actor_setting import sentence_places
from pipeline.doc_views import earlier_lemmas
from pipeline.envoy_marks import envoy_marks, marks_own
from pipeline.event_filters import GO_BETWEEN_PARTICIPLES, go_between
from pipeline.officeholders import surname_key
from pipeline.own_countries import countries
from pipeline.story_parties import counterpart, mention_codes
from pipeline.syntax import objects, passive_patient
from pipeline.wire_constructions import DIPLOMATS
from pipeline.wire_senses import DEPORTATION
from pipeline.word_classes import ends_in_word, word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger


#: Plural nouns for a state's own people ("urged citizens", "thanked the public").
OWN_PEOPLE = frozenset({"citizens", "nationals", "population", "public", "residents"})
#: The public in the street ("fired on the crowds", "attacked protesters"): people of
#: the place they gather in, facing their own state, never the other party of a
#: two-party story just because the text names no nationality for them.
CROWDS = frozenset({"crowd", "crowds", "protester", "protesters", "demonstrator",
                    "demonstrators", "marcher", "marchers", "rioter", "rioters", "mob",
                    "mobs", "strikers", "protestors", "protestor"})
#: A state's own people at odds with it: opponents, critics and dissidents (and the
#: opposition, activists, parties and candidates, by role) are someone's by definition,
#: and news names the country of a foreign one ("Russian dissidents"); a state that
#: frees, jails or courts them acts on its own people, never on the other party of a
#: two-party story ("Nicaragua freed 222 jailed opponents and put them on a flight to
#: Washington").
OPPONENTS = frozenset({"opponent", "opponents", "critic", "critics", "dissident",
                       "dissidents", "activist", "activists", "opposition"})
#: Detained people whose detention is political: the detaining state's own.
POLITICAL_DETAINEES = frozenset({"prisoners", "prisoner", "detainees", "detainee"})


def party(code: str | None) -> Actor:
    """An implied recipient: a country or an international body."""
    if code in BODIES:
        return Actor(text="", name=None, country=None, role=code)
    return Actor(text="", name=None, country=code, role="UNK")


def party_codes(actors: list[Actor]) -> set[str | None]:
    """The party codes (country, else role) of some actors."""
    return {a.country or a.role for a in actors}


def last_word(text: str) -> str:
    """The head word of an actor's text, lowercased ("riot police" -> "police")."""
    words = text.split()
    return words[-1].lower() if words else ""


def own_opponents(actor: Actor) -> bool:
    """A recipient that is a state's own people at odds with it ("jailed opponents",
    "the opposition", "presidential candidates", "political prisoners"), named by no
    country of its own."""
    words = actor.text.lower().split()
    if actor.person or not words or names_country(actor.text) is not None:
        return False
    return actor.role in ("OPP", "POL") or words[-1] in OPPONENTS or (
        words[-1] in POLITICAL_DETAINEES and "political" in words)


#: Roles of actors outside the state (rebels, the opposition, parties, the press, the
#: public), and the words of a state's foreign-facing posts (an embassy is another
#: country's).
NON_STATE = frozenset({"REB", "OPP", "POL", "MED", "CVL"})
POSTS = word_class("missions") | word_class("envoys")


#: Bodies of a state that act only within it: its police, law enforcement, security
#: services and interior ministry (see word_classes.toml).
HOME_BODIES = word_class("home_bodies")


def home_body(actor: Actor) -> bool:
    """A state's police, interior ministry, security service or law enforcement, by the
    head of its name (data list home_bodies)."""
    return ends_in_word(actor.text, HOME_BODIES)


def home_institution(actor: Actor) -> bool:
    """A state's court, prosecutor, police or interior ministry: what it does to people
    ("sentenced eight people", "filed a lawsuit", "detained 305 people") it does at
    home, on the state's own people, not on the other party of a two-party story."""
    return actor.role == "JUD" or home_body(actor)


def home_state(source: Actor, target: Actor, event_type: str) -> bool:
    """"An M23 spokesman called on the government", "journalists blamed pro-government
    forces": rebels, the opposition or the press asking or blaming a state body that
    names no country address their own country's state, not the story's other party
    (as a state acting on such people would). (Not their violence: armed men of one
    party of a two-party story ambush the other party's police.) And "a court
    sentenced eight people", "police detained 305 people": a state's courts and police
    act at home, on its own people, unless the text names them foreigners."""
    if event_type == "ASSAULT":
        return False
    if home_institution(source) and not target.person and target.role != "MIL" and \
            last_word(target.text) not in POSTS:
        return True
    return source.role in NON_STATE and \
        target.role in STATE_BODIES and not target.person and \
        last_word(target.text) not in POSTS


#: A state's own forces of order, never a body's staff ("praised the police").
HOME_FORCES = word_class("home_forces")
#: Possessive pronouns that name whose a role word's people are ("its soldiers").
OWNERS = frozenset({"its", "his", "her", "their", "our"})


def owned_people(finder: ArgumentFinder, actor: Actor, event_type: str) -> bool:
    """"the police", "the security forces", "its soldiers", "Machar's troops": people a
    state names as its forces of order, as its own, or as a known person's, whose
    country is theirs and no guess; never the staff of a body. (A recalled "its
    ambassador" is still the envoy the body's side receives back.)"""
    words = actor.text.lower().replace("\u2019", "'").split()
    if not words or actor.person:
        return False
    if words[-1] in HOME_FORCES or words[-2:] == ["security", "forces"]:
        return True
    if OWNERS & set(words) and event_type != "SANCTION":
        return True
    owner = next((w[:-2] for w in words[:-1] if w.endswith("'s")), None)
    who = finder.resolver.persons.get(surname_key(owner)) if owner else None
    return who is not None and who.country == actor.country and \
        who.person not in finder.resolver.guessed


def weak(actor: Actor) -> bool:
    """A named person the text gives no role or country for (country is a guess)."""
    return bool(actor.person) and actor.role == "UNK"


def home_side(finder: ArgumentFinder, actor: Actor) -> bool:
    """Protesters, crowds, activists, the opposition and the police, named by no
    country, are the focus country's own: what they do with nobody named ("riot
    police pulled back", "armed activists would storm the president's offices") is
    aimed at their own state, not at the foreign party of a two-party story. A state's
    police and interior ministry keep order at home whichever country the story is
    about, also when the text names their country ("Moldovan police said they had
    opened criminal cases"): the name only confirms whose they are. (Not its courts,
    which also try the other party's people: "a Turkish court freed the pastor".)"""
    if actor.person or actor.country is None:
        return False
    if home_body(actor) and names_country(actor.text) in (None, actor.country):
        return True
    if actor.country != finder.resolver.focus or names_country(actor.text) is not None:
        return False
    word = last_word(actor.text)
    return actor.role == "OPP" or word in CROWDS or word in OPPONENTS or \
        word in ("police", "people") or home_institution(actor)


def parties_near(finder: ArgumentFinder, tok: Token) -> list[str]:
    """The story's two parties as named in the event's own phrase or clause (not in a
    coordinated clause: "X recalled its envoy, and the EU said ..."), nearest first
    ("cut the electricity it supplies to Niger", "a licence for trade with Syria")."""
    pair = finder.resolver.pair
    if not pair:
        return []
    other = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    inside = {t.i for t in tok.subtree} - other
    sent = tok.sent
    if sent.start not in finder.mentions:
        finder.mentions[sent.start] = mention_codes(sent)
    found = sorted((abs(i - tok.i), code) for i, code in finder.mentions[sent.start]
                   if code in pair and i in inside)
    out: list[str] = []
    for _, code in found:
        if code not in out:
            out.append(code)
    return out


def brokered_thing(tok: Token) -> Token | None:
    """The talks or deal a go-between brokered, when the clause names the go-between
    by "by": "talks mediated by Qatar", "the meeting was hosted by X", "the agreement,
    which was brokered by Egypt"."""
    if not go_between(tok) and not (
            tok.lemma_.lower() in GO_BETWEEN_PARTICIPLES and tok.tag_ == "VBN" and
            any(c.dep_ == "agent" for c in tok.children)):
        return None
    if tok.dep_ == "acl":
        return tok.head
    patient = passive_patient(tok)
    if patient is not None and patient.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        return tok.head  # "the agreement, which was brokered by Egypt"
    return patient


def mediated_parties(finder: ArgumentFinder, thing: Token, mediators: list[Actor],
                     speaker: Actor | None) -> list[Actor]:
    """The parties to talks or a deal a go-between brokered: those the phrase names
    ("a truce between the army and the RSF"), else the story's two parties, else its
    own country; never the mediators themselves."""
    own = party_codes(mediators)
    _, named = finder.noun_modifiers(thing, speaker)
    found = [a for a in finder.noun_modifiers(thing, speaker)[0] + named
             if (a.country or a.role) not in own]
    if found:
        return found
    pair = [c for c in finder.resolver.pair or () if c not in own]
    if pair:
        return [party(c) for c in pair]
    focus = finder.resolver.focus
    return [party(focus)] if focus and focus not in own else []


def the_two_parties(finder: ArgumentFinder, sources: list[Actor]) -> bool:
    """Coordinated sources that are the story's own two parties ("Eritrea and
    Ethiopia declared ...", "both sides") act towards each other."""
    pair = finder.resolver.pair
    return pair is not None and party_codes(sources) == set(pair)


def counted_by_side(tok: Token) -> bool:
    """"killed 200 people on the Armenian side": the victims are counted as one side's
    losses in a fight between two sides, so the other side killed them."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "side" and any(
            m.dep_ in ("amod", "compound") for m in p.children) for p in c.children)
        for o in objects(tok) for c in o.children)


def recalled_from(finder: ArgumentFinder, tok: Token, speaker: Actor | None,
                  sources: Sequence[Actor] = ()) -> list[Actor]:
    """"recalled its ambassador from Tehran", "withdrew its envoys from Mali and Niger":
    the countries the envoys leave (the "from" phrase of the verb or of the envoy, or
    the "to" or "in" phrase of the own envoys' post)."""
    envoys = [o for o in objects(tok) if o.lemma_.lower() in DIPLOMATS]
    if not envoys:
        return []
    out: list[Actor] = []
    homes = countries(sources)
    # "recalled its ambassadors to Peru and Bolivia", "its envoy in Islamabad": the post
    # the state's own envoys serve in is the country recalled from (not for an envoy of
    # another state: "expelled the Chilean ambassador to Peru"); a modifier naming the
    # recalling state is its own ("recalled France's ambassador in Algiers")
    own = all(not any(not marks_own(m) and named not in homes
                      for m, named in envoy_marks(e)) for e in envoys)
    for head in (tok, *envoys):
        for c in head.children:
            if c.dep_ not in ("prep", "dative") or c.lower_ not in (
                    ("from", "to", "in") if own else ("from",)):
                continue
            # "from seven countries, among them Chile and Peru": the countries named
            # (a common noun's own country would be a guess: "Latin American")
            names = [p for m in (c, *c.children) for g in m.children
                     if g.dep_ == "prep" and g.lower_ in ("among", "including")
                     for p in g.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            names = names or [p for p in c.children if p.dep_ == "pobj" and (
                p.pos_ == "PROPN" or any(a.dep_ == "appos" for a in p.children))]
            for p in names:
                out += [a for a in finder.actor(p, speaker) if a.country and a not in out
                        and a.country not in homes]  # "recalled to Tehran": home, no post
    return out


#: What is seized that is no property taken from anyone.
NOT_PROPERTY = frozenset({"power", "control", "initiative", "opportunity", "chance",
                          "moment", "territory", "town", "city", "village", "area"})


def seized_from_other(finder: ArgumentFinder, trig: Trigger, sources: list[Actor],
                      targets: list[Actor]) -> bool:
    """"Chinese personnel seized rifles", "Russia seized three navy vessels": property a
    party of a two-party story seizes, with no owner named, is the other party's (not
    the seizer's own people's, as an arrest with nobody named is)."""
    pair = finder.resolver.pair
    if trig.sense.mode != "seize" or targets or not sources or not pair or \
            sources[0].country not in pair:
        return False
    things = objects(trig.token) or ([p] if (p := passive_patient(trig.token)) else [])
    return bool(things) and not any(t.lemma_.lower() in NOT_PROPERTY for t in things)


#: What a state's courts and police do to people: detain, sentence, ban, charge.
HOME_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE"})
#: A state's authorities as the doers of arrests ("Ugandan authorities", "security
#: officials", "Tamaulipas state officials"; data list arresting_authorities).
ARRESTING_AUTHORITIES = word_class("arresting_authorities")
#: People often abroad ("refugees", "workers", "tourists"; data list people_abroad).
PEOPLE_ABROAD = word_class("people_abroad")
#: Roles of people a court or police acts on: the public, the opposition, parties.
HOME_PEOPLE = frozenset({"CVL", "OPP", "POL"})
#: And the armed men a police force arrests where they struck ("police arrested the
#: gunman at the scene"): a court may try a foreign militant, an arrest is made at home.
ARRESTED_PEOPLE = HOME_PEOPLE | {"REB"}


def foreigners_named(tok: Token, targets: list[Actor]) -> bool:
    """Whether an arrest's sentence names people often abroad ("detained 200 workers",
    "50 people without residency papers"), or the story names a target's guessed
    country's people so ("Somali refugees were being harassed ... Kenyan authorities
    rounded up 300 people"): then the people arrested may be foreigners, and the
    focus guess for them stands."""
    if any(t.lemma_.lower() in PEOPLE_ABROAD for t in tok.sent):
        return True
    guessed = {t.country for t in targets if t.country}
    if not guessed:
        return False
    doc = tok.doc
    return any(
        c.dep_ in ("amod", "compound", "nmod") and names_country(c.text) in guessed
        for w in PEOPLE_ABROAD for i in earlier_lemmas(doc, w, len(doc))
        for c in doc[i].children)


def home_people(sources: list[Actor], targets: list[Actor], event_type: str,
                arrest: Token | None = None) -> list[Actor]:
    """"A Saudi court sentenced eight people", "the interior ministry said 305 people had
    been detained": people a state's court, prosecutor or police acts on, named by no
    country, are that state's own, not the story's focus country's (a guess for them
    that is wrong whenever the story is mostly about the other party). So are the people
    its authorities arrest ("Ugandan authorities have arrested scores of opposition
    supporters", "security officials said several people had been arrested"): given
    the ``arrest`` trigger, when no country the sentence places it in is another
    country and it names no people often abroad (not deportations: the people sent
    away are foreigners)."""
    if event_type not in HOME_ACTS or len(sources) != 1 or not sources[0].country:
        return targets
    own = sources[0].country
    if home_institution(sources[0]):
        roles = ARRESTED_PEOPLE if event_type == "COERCE" and home_body(sources[0]) \
            else HOME_PEOPLE
    elif arrest is not None and ends_in_word(sources[0].text, ARRESTING_AUTHORITIES) \
            and not foreigners_named(arrest, targets) and sentence_places(arrest) <= {own}:
        roles = HOME_PEOPLE
    else:
        return targets
    return [dataclasses.replace(t, country=own) if (
        t.country and t.country != own and not t.person and t.role in roles
        and names_country(t.text) is None) else t for t in targets]


#: A state's missions abroad: where they stand is the host country.
MISSION_HEADS = word_class("missions")


def hosted_missions(finder: ArgumentFinder, tok: Token, sources: list[Actor],
                    targets: list[Actor]) -> list[Actor]:
    """"suspended visa processing at the US embassy in Bogota", "cut staff at its
    consulate in Erbil": a state's act on its own mission abroad is aimed at the host
    country the clause places the mission in, not at the state itself."""
    own = party_codes(sources)
    if not any(last_word(t.text) in MISSION_HEADS and t.country in own for t in targets):
        return targets
    hosts = [place_country(p.text) for m in tok.subtree if m.lower_ in MISSION_HEADS
             for c in m.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    host = next((h for h in hosts if h and h not in own), None)
    if host is None:
        return targets
    return [party(host) if last_word(t.text) in MISSION_HEADS and t.country in own else t
            for t in targets]


#: Statements a state makes about what was done to its own people (not requests: a
#: travel warning or an evacuation order is addressed to the state's own people).
ON_BEHALF = frozenset({"ACCUSE"})


def own_people_wronged(finder: ArgumentFinder, event_type: str, sources: list[Actor],
                       targets: list[Actor], near: list[str]) -> list[Actor]:
    """"Brazil protested against the treatment of Brazilian deportees", "Russia condemned
    the detention of Russian sailors": a state's complaint about its own nationals
    (named so by the text) is aimed at whoever holds or wrongs them, the other party of
    the story, not at the state itself."""
    if event_type not in ON_BEHALF or len(sources) != 1 or not sources[0].country:
        return targets
    own = sources[0].country
    other = counterpart(sources[0], finder.resolver.focus, finder.resolver.pair, near,
                        event_type)
    if not other or other == own or other in BODIES:
        return targets
    return [party(other) if (t.country == own and not t.person and
                             t.role not in STATE_BODIES and
                             names_country(t.text) == own) else t for t in targets]


def displaced_of_other(finder: ArgumentFinder, trig: Trigger, event_type: str,
                       sources: list[Actor], targets: list[Actor], near: list[str]
                       ) -> list[Actor]:
    """"Islamabad ordered undocumented migrants to go home", "police rounded up
    refugees": migrants and refugees the text gives no nationality are foreigners where
    they are; in a two-party story a party acting on them acts on the other party's
    people, even in an act (an arrest) that is otherwise domestic; and migrants ordered
    home are the other party's people."""
    pair = finder.resolver.pair
    if not pair or not sources or sources[0].country not in pair:
        return targets
    own = sources[0].country
    other = counterpart(sources[0], finder.resolver.focus, pair, near, event_type)
    if not other or other == own or other in BODIES:
        return targets
    # only migrants ordered out ("ordered undocumented migrants to go home"): "ordered
    # their deportation" may send away a state's own opponents
    deport = trig.sense == DEPORTATION
    return [party(other) if t.country == own and not t.person and (
        (t.role == "REF" and names_country(t.text) is None) or (deport and not t.text))
        else t for t in targets]


#: Unrest a government condemns: its own public's, not the other party's.
UNREST_ACTS = frozenset({"protest", "riot", "demonstration", "unrest", "rally", "march"})


def home_unrest(tok: Token) -> bool:
    """"Ruto called the protests treasonous", "the government condemned the riots": a
    condemnation of unrest (or of crowds) that names no country for it is aimed at the
    state's own public, not at the other party of a two-party story."""
    for o in objects(tok):
        word = o.lemma_.lower()
        if (word in UNREST_ACTS or o.lower_ in CROWDS) and not any(
                names_country(t.text) for t in o.subtree if t.i != o.i):
            return True
    return False
