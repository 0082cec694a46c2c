"""Where a coded event happened.

The place a sentence names for the event (a locative phrase, a movement's destination, a
meeting's venue), else the country where this kind of event happens (the target's for
strikes and aid, the mover's for a deployment to its own border, else the source's),
else the dateline's city.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from pipeline.actor_lexicon import BODIES, country_name, names_country, place_country
from pipeline.body_seats import body_seat, court_rulings, court_seat
from pipeline.doc_views import span_ents
from pipeline.drill_places import drill_at_home
from pipeline.frontier_places import across_frontier
from pipeline.guard_places import home_guard
from pipeline.held_ground import ON_HELD_GROUND, held_ground
from pipeline.place_lists import list_head, party_rank
from pipeline.place_names import names_region, qualified_name, stray_town
from pipeline.place_owners import owns_act
from pipeline.speech_places import said_about, told_at
from pipeline.story_venue import MEETINGS, places_data, title_venue
from pipeline.syntax import sentences_before
from pipeline.trigger_force import unaimed_launch
from pipeline.word_classes import word_class
from schemas import Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from schemas import Actor

#: Prepositions whose object is where the event happens ("in Tbilisi", "outside El Fasher").
LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "on",
                       "around", "throughout", "within", "off"})
#: Diplomatic missions, and the representative offices of states without them ("the
#: Taiwanese office in Vilnius"): the country named on one is its owner, not where it stands.
MISSIONS = word_class("missions") | {"office"}
#: Nouns naming a part or stretch of a place: "into isolated parts of Aceh", "off the
#: coast of Fujian", "on the tarmac of Abu Dhabi airport" are in that place.
PART_NOUNS = frozenset({"part", "outskirts", "edge", "coast", "shore", "centre", "center",
                        "heart", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "capital", "city", "town", "village",
                        "region", "province", "district", "street", "tarmac", "beach",
                        "area", "suburb", "port", "territory", "water", "airport", "rest",
                        "outskirt", "vicinity", "countryside", "interior", "enclave",
                        "border", "side"})
#: Nouns a nationality turns into its country's place: "in the Belarusian capital", "on
#: Pakistani soil", "into Polish airspace", "in Ukrainian territory".
NATIONAL_GROUND = frozenset({"capital", "soil", "territory", "airspace", "waters", "land",
                             "mainland"})
#: Material events that happen on the recipient's ground (strikes land, aid arrives,
#: troops are sent, visiting forces drill or experts work with the host's);
#: without a place in the sentence their location is the target's country.
AT_TARGET = frozenset({"ASSAULT", "AID", "MOBILIZE", "COOPERATE"})
#: Violence whose doer may have no country (a blast, a crash, clan fighting): the
#: victims' country says who was hit, not where.
UNSEEN_HAND = frozenset({"ASSAULT"})
#: Prepositions whose object is where a movement goes ("moved into Gambia").
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards", "onto"})
#: Agreements and meetings happen where the parties meet: with no place in their sentence,
#: the story's dateline ("VIENNA, July 14 - Iran and six powers reached a deal", "HANOI -
#: ... the summit broke up") before a party's country (one side travelled to the other).
AT_VENUE = frozenset({"AGREE", "CONSULT"})
#: Types whose verb's object or destination is the event's place ("entered Gambia").
MOVING = frozenset({"MOBILIZE"})
#: Types that happen where the parties meet, and the nouns for their meetings.
MET = frozenset({"AGREE", "CONSULT"})
#: Types whose destination ("to Niamey", "towards Gori") is where they happen.
VISITS = frozenset({"CONSULT"}) | MOVING
#: Troops moved to a border or front stay on their own side of it.
FRONTIERS = frozenset({"border", "frontier", "side", "front", "line", "borderland",
                       "crossing"})

#: Measures a government decides at home (expulsions, downgraded ties, sanctions): a
#: place only locates them when it hangs on the act itself, not on its object.
DECIDED_AT_HOME = frozenset({"SANCTION"})

#: Material acts, done rather than said: a report of one ("said in Kabul that soldiers
#: had been killed") is made elsewhere; a demand or an accusation is made where it is said.
DONE_NOT_SAID = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "PROTEST",
                           "COOPERATE", "SANCTION"})

#: Speech acts: said where the speaker is, whatever place their object or content names.
SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})

#: Violence whose direct object may be the place hit ("shelled Kharkiv").
STRUCK = frozenset({"ASSAULT"})
#: Withdrawals happen in the place left ("withdrew from Niger", "pulled out of Somalia").
LEFT = frozenset({"RETREAT"})


def _left_place(head: Token, trig: Token) -> bool:
    """``head`` is the object of "from" or "out of" on the trigger or on its object
    ("withdrawal from Niger", "pulling most of its troops out of Somalia")."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        prep = prep.head
    elif prep.lower_ != "from":
        return False
    owner = prep.head
    return owner == trig or (owner.head == trig and owner.dep_ in ("dobj", "obj", "prt"))


def _elsewhere(root: Token, head: Token, clause: Token) -> bool:
    """A place that does not locate a measure decided at home: "hitting back at
    London's expulsion" (whose act it answers), "downgraded its representation in
    Doha", "ordered out Turkey's consul in Jerusalem" (where the envoy is posted), "a
    day after troops shot protesters on the Gaza border" (another clause's event)."""
    owner = head.head.head  # what the locative preposition hangs on
    where = clause_verb(head)
    return root.dep_ == "poss" or (owner.pos_ in ("NOUN", "PROPN") and
                                   owner.dep_ in ("dobj", "obj")) or (
        where != clause and where.dep_ in ("advcl", "relcl"))


def clause_verb(tok: Token) -> Token:
    """The verb heading the clause a token sits in (itself for a verb); dates
    (``pipeline.event_dates``) use it too, to prefer a date phrase in the trigger's clause."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _destination(sent: Span, trig: Token) -> str | None:
    """A movement's object or destination: "entered Gambia", "crossed into Iraq"."""
    for ent in span_ents(sent):
        text = ent.text
        head = ent.root
        if ent.label_ == "NORP" and head.dep_ == "amod" and \
                head.head.lemma_.lower() in NATIONAL_GROUND:
            # "entered Estonian airspace", "strayed into Iranian waters": the nationality's
            # ground is the destination
            code = names_country(ent.text)
            text = (country_name(code) if code else None) or ""
            head = head.head
        elif ent.label_ not in ("GPE", "LOC", "PERSON"):
            continue  # NER often tags a lone country as a PERSON ("entered Mali"); it must geocode
        if head.dep_ in ("dobj", "obj") and head.head == trig:
            pass
        elif not (head.dep_ == "pobj" and head.head.lower_ in DESTINATION_PREPS and
                  head.head.head == trig):
            continue
        if text and place_country(text):
            return text
    return None


class PlaceRank(NamedTuple):
    """How well a place named in the event's sentence places the event: the whole place
    policy of ``sentence_place``. Ranks compare field by field, the lowest wins, and of
    two equal ranks the place named first:

    1. ``not_venue``: with ``venue_first``, a meeting's venue before any other place,
       for agreements and meetings ("agreed to a ceasefire in eastern Ukraine after
       talks in Minsk");
    2. ``other_clause``: a place in the trigger's own clause before one in another
       clause ("hours after X was sworn in in Dakar");
    3. ``party_rank``: the parties' place (``place_lists.party_rank``): the target's
       country for an event that lands on the target ("fired missiles at targets in
       northern Iraq and Syria" aimed at Syria is in Syria), a party's place of a list
       ("visited Kinshasa and Kigali" for the visit to Rwanda);
    4. ``distance``: the place nearest the trigger, in tokens.
    """

    not_venue: bool
    other_clause: bool
    party_rank: int
    distance: int


def sentence_place(sent: Span, trig: Token, event_type: str, *, venue_first: bool = False,
                   target: str | None = None, source: str | None = None) -> str | None:
    """The place named in the event's own sentence: a known place that is the object
    of a locative preposition ("in Tbilisi", "outside El Fasher") or modifies one
    ("in a Darfur camp"); of several, the best by ``PlaceRank`` (a meeting's venue
    with ``venue_first``, then the trigger's clause, the parties' place, the nearest).
    NER labels are not trusted alone ("In Antakya" is often a PERSON): the name must
    geocode. ``target`` and ``source`` are the event's parties' countries."""
    if event_type in MOVING and trig.pos_ in ("VERB", "AUX"):
        dest = _destination(sent, trig)
        if dest is not None:
            return dest
    clause = clause_verb(trig)
    best: tuple[PlaceRank, str] | None = None
    for ent in span_ents(sent):
        text = ent.text
        if ent.label_ == "NORP" and ent.root.dep_ == "amod" and \
                ent.root.head.lemma_.lower() in NATIONAL_GROUND:
            # "talks in the Belarusian capital", "hit targets on Pakistani soil": the
            # nationality's capital or ground
            code = names_country(ent.text)
            text = (country_name(code) if code else None) or ""
        elif ent.label_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
            continue  # (a nationality is no place: "outside the French embassy in Niamey")
        elif names_region(ent):
            continue  # "in Atlanta, Georgia": the city before it is the place
        else:
            text = qualified_name(ent)  # "in Tripoli, Lebanon": Lebanon's namesake
        head = ent.root
        while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head:
            head = head.head
        if owns_act(ent.root, head):
            continue  # "at Baghdad's request": who asked, not where
        while head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in PART_NOUNS:
            head = head.head.head  # "on the outskirts of Kyiv": the part is in the place
            while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head:
                head = head.head
        if head != ent.root and head.lemma_.lower() in MISSIONS:
            continue  # "outside the U.S. embassy in Moscow": the embassy's owner is no place
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in PART_NOUNS and \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in ent.root.head.children):
            continue  # "off the Red Sea port of Hodeidah": the port's place is Hodeidah
        head = list_head(head)  # "in the Bekaa valley and south Beirut": each is a place
        if head == list_head(ent.root) and head.dep_ == "dobj" and head.head == trig and \
                event_type == "CONSULT":
            pass  # "visited Damascus", "visited Kinshasa and Kigali" (not "met U.S. Vice
            # President Pence": a title)
        elif head.dep_ == "dobj" and head.head == trig and event_type in STRUCK:
            if head != ent.root and head.lemma_.lower() not in PART_NOUNS:
                continue  # "shot down a Russian Mi-24 helicopter": a craft, not a place
            # "shelled Kharkiv", "attacked the capital of the UAE": the place hit
        elif head.dep_ == "pobj" and head.head.lower_ == "over" and event_type in STRUCK \
                and head.head.head in (trig, *trig.children):
            pass  # "shot down a helicopter over Armenia": the airspace the act is in
        elif event_type in LEFT and _left_place(head, trig):
            pass  # "withdrawal from Niger", "pulling troops out of Somalia"
        elif head.dep_ != "pobj" or not (head.head.lower_ in LOC_PREPS or (
                head.head.lower_ in DESTINATION_PREPS and event_type in VISITS)):
            # "flew to Niamey" is where a visit happens, "sent troops to Belarus" where
            # they go; "aid to X" is not
            continue
        elif event_type in DECIDED_AT_HOME and _elsewhere(ent.root, head, clause):
            continue
        # an agreement's or meeting's venue ("agreed to a ceasefire in eastern Ukraine
        # after talks in Minsk") comes first; a place in another clause ("hours after X
        # was sworn in in Dakar") yields to one in the trigger's own clause
        venue = venue_first and event_type in MET and \
            head.head.head.lemma_.lower() in MEETINGS
        code = place_country(text) if text else None
        if code is None or code in BODIES:
            continue  # "fired on a Chinese Red Cross convoy": a body is no place
        if stray_town(text, code, sent.doc):
            continue  # "shelled Jermuk" is no Turkish town in a story of Armenia
        if event_type not in STRUCK and across_frontier(ent, code, source):
            continue  # "sent jets to the Myanmar border": the doer's side of it
        if event_type in DONE_NOT_SAID and told_at(head, clause_verb(head), clause):
            continue  # "told reporters in New Delhi that the army had hit": the telling's
        if event_type in SAID and head.dep_ == "pobj" and said_about(head, trig):
            continue  # "accused officials in Russia": whom it is about, not where said
        rank = PlaceRank(
            not_venue=not venue, other_clause=clause_verb(head) != clause,
            party_rank=party_rank(code, ent.root, event_type in AT_TARGET, (source, target)),
            distance=abs(ent.root.i - trig.i))
        if best is None or rank < best[0]:
            best = (rank, text)
    return best[1] if best else None


#: Verbs of arriving or meeting whose place is where the next meetings happen.
ARRIVALS = frozenset({"arrive", "land", "visit", "travel", "fly", "meet", "hold", "gather",
                      "convene"})
#: How many sentences back a visit's place stays the venue of an unplaced meeting.
_VENUE_REACH = 2


def carried_venue(sent: Span, event_type: str) -> str | None:
    """For a meeting with no place in its sentence, the place of a visit or meeting told
    just before ("landed in Taipei late on Tuesday. She met President Tsai on Wednesday")."""
    if event_type != "CONSULT":
        return None
    for before in sentences_before(sent, _VENUE_REACH):
        for tok in before:
            if tok.pos_ == "VERB" and tok.tag_ == "VBD" and tok.lemma_.lower() in ARRIVALS:
                # a visit told as done ("landed in Taipei"), not a plan ("agreed to meet
                # again in Brazil")
                place = sentence_place(before, tok, "CONSULT")
                if place is not None and clause_verb(tok) == tok:
                    return place
    return None


def at_home(sent: Span, trig: Token) -> bool:
    """A deployment to a border or frontier ("sent 15,000 soldiers to the frontier",
    "reinforced their side of the border"): it happens in the mover's own country."""
    clause = clause_verb(trig)
    # "declared an emergency along its northern border and sent troops to reinforce it":
    # a clause coordinated with the deployment's names the frontier too, and so do the
    # clauses under them ("sent soldiers to help border guards patrol the frontier",
    # "deployed soldiers and began erecting a fence along the frontier")
    clauses = {clause, *clause.conjuncts}
    return any(t.lemma_.lower() in FRONTIERS and t.pos_ == "NOUN" and any(
        c == clause_verb(t) or c.is_ancestor(t) for c in clauses) for t in sent)


@cache
def _readiness() -> frozenset[str]:
    """pipeline/data/places.toml's readiness words of a MOBILIZE act."""
    return frozenset(places_data().get("mobilize", {}).get("readiness", []))


def readiness_at_home(trig: Token) -> bool:
    """A MOBILIZE act that raises readiness where the forces are ("put some units on
    higher alert", "officers stood guard", "announced a partial mobilisation") rather
    than moving them: with no place named it is in the mover's own country."""
    words = _readiness()
    # a word inside a name is no act: "coast guard ships", "border guards" move
    return any((t.lemma_.lower() in words or t.lower_ in words) and t.dep_ != "compound"
               and not any(c.dep_ == "compound" for c in t.children) for t in trig.subtree)


def at_mission(trig: Token) -> bool:
    """"the crowd attacked the French embassy", "set fire to the US consulate": the mission
    stands in its host country, not its owner's, so the target does not place the act."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "to")
             for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in MISSIONS for o in objs)


def event_location(text: str | None, event_type: str, src: Actor | None, tgt: Actor | None,
                   dateline: str | None, home: bool = False, sent: Span | None = None,
                   left: bool = False) -> Location | None:
    """The sentence's own place, else the country where this kind of event happens (the
    target's for strikes and aid, else the source's; for force on ground the story's
    territory held by that country, see ``held_ground``), else the dateline's city."""
    if text:
        # the country is kept for places the gazetteer has no coordinates for
        # ("in Rakhine state", "in Alberta"): enrich fills in what it can find
        return Location(text=text, country=place_country(text))
    if event_type in AT_VENUE and dateline and place_country(dateline):
        # the story's venue ("MINSK, Feb 12 - ... agreed")
        return Location(text=dateline, country=place_country(dateline))
    order = (tgt, src) if (event_type in AT_TARGET or left) and not home else (src,)
    for actor in order:
        if actor is not None and actor.country and actor.role not in BODIES:
            other = (src if actor is tgt else tgt)
            if sent is not None and event_type in ON_HELD_GROUND and (ground := held_ground(
                    sent, actor.country, other.country if other else None)) is not None:
                return ground
            if actor is tgt and event_type in UNSEEN_HAND and _stateless(src) and dateline \
                    and (code := place_country(dateline)) is not None and code not in BODIES:
                # "two of its peacekeepers were killed when a shell struck", "an exploding
                # pager injured Iran's ambassador": with no doer's country the victims'
                # nationality does not place the act; the dateline city, near it, does
                return Location(text=dateline, country=code)
            if (place := _country_place(actor)) is not None:
                return place
    if dateline and place_country(dateline):
        return Location(text=dateline, country=place_country(dateline))
    if not home and event_type in _on_target_ground() and (
            src is None or not src.country or src.role in BODIES):
        # a body or an unnamed doer acting on a country's ground ("U.N. chief tours
        # Pakistan flood zone", "schoolboys freed"): with no place and no dateline, such
        # visits and releases happen in the target's country (not its words: "the UN
        # chief condemned Israel" is said wherever the chief is)
        return _country_place(tgt)
    return None


def _stateless(actor: Actor | None) -> bool:
    """No doer, or one with no country that is no body either (a world body acts from
    its seat or with a country's troops)."""
    return actor is None or (not actor.country and actor.role not in BODIES)


@cache
def _on_target_ground() -> frozenset[str]:
    """pipeline/data/places.toml's event types a doer with no country does on the
    target's ground."""
    return frozenset(places_data().get("unplaced_doer", {}).get("on_target_ground", []))


def _country_place(actor: Actor | None) -> Location | None:
    """A state actor's country as a place (None for a body or a stateless actor)."""
    if actor is None or not actor.country or actor.role in BODIES:
        return None
    name = country_name(actor.country)
    return Location(text=name, country=actor.country) if name else None


def trigger_location(sent: Span, tok: Token, event_type: str, src: Actor | None,
                     tgt: Actor | None, dateline: str | None) -> Location | None:
    """Where the event of trigger ``tok`` happens: its sentence's place (venue first),
    else for a meeting of a world body's organ its seat (``body_seat``), for a world
    court's ruling the court's seat the article gave (``court_seat``), else the venue
    carried from the sentences before, else ``event_location``'s fallbacks (actors'
    countries, dateline); a deployment at home, a mission's work or violence by a
    state's forces of order (``home_guard``) stays at home."""
    return event_location(sentence_place(sent, tok, event_type, venue_first=True,
                                         target=tgt.country if tgt else None,
                                         source=src.country if src else None)
                          or (body_seat(src, tgt) if event_type in MET else None)
                          or (court_seat(sent, src) if event_type in court_rulings() else None)
                          or carried_venue(sent, event_type)
                          or (title_venue(sent.doc) if event_type in MET else None),
                          event_type, src, tgt, dateline,
                          home=(event_type == "MOBILIZE" and (at_home(sent, tok) or
                                                              readiness_at_home(tok) or
                                                              drill_at_home(tok) or
                                                              unaimed_launch(tok) is not None)) or
                          at_mission(tok) or (event_type in STRUCK and home_guard(src)),
                          sent=sent,
                          left=event_type in LEFT and tok.lemma_.lower() in _leaving())


@cache
def _leaving() -> frozenset[str]:
    """pipeline/data/places.toml's words of a RETREAT that leaves the target's ground."""
    return frozenset(places_data().get("retreat", {}).get("leaving", []))
