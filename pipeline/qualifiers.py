"""Qualifiers of a coded event: its date, quantities, place and supporting quote.

Dates come from the sentence's own date phrase (``pipeline.dates``); an undated sentence
continues the day of the last dated event, or of an event noun dated earlier ("the
brawl"), else the publication day. Places come from a locative phrase of the sentence,
else the country where this kind of event happens, else the dateline's city.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pipeline import dates, quantities
from pipeline.actor_lexicon import country_name, names_country, place_country
from schemas import Actor, Location, Quantity

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

#: "NIAMEY, Aug 8 —", "ANTAKYA, Turkey, Feb 14 —", "BRASÍLIA, Brazil –": an upper-case
#: city, optional country and date, then a dash.
#: "TBILISI, Dec 1 —", "MOSCOW, Aug 13 (newswire) -": city, optional region and date, and
#: an optional agency tag in parentheses.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-ZÀ-Ý .'\-]{2,}?)(?:,\s*[A-Z][\w .]+?)?"
                      r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s*\([\w .&/-]{1,30}\))?"
                      r"\s*[—–-]\s")
#: The rest of a dateline whose city ended up in the previous segment (a headline run
#: into "MOSCOW"): ", Aug 13 (newswire) - ".
DATELINE_TAIL = re.compile(r"^\s*,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:\s*\([\w .&/-]{1,30}\))?"
                           r"\s*[—–-]\s")
LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "on",
                       "around", "throughout", "within", "off"})
#: Material events that happen on the recipient's ground (strikes land, aid arrives,
#: troops are sent, visiting forces drill or experts work with the host's);
#: without a place in the sentence their location is the target's country.
#: Diplomatic missions: the country named on one is its owner, not where it stands.
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "office"})
#: Nouns naming a part or stretch of a place: "into isolated parts of Aceh", "off the
#: coast of Fujian", "on the tarmac of Abu Dhabi airport" are in that place.
PART_NOUNS = frozenset({"part", "outskirts", "edge", "coast", "shore", "centre", "center",
                        "heart", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "capital", "city", "town", "village",
                        "region", "province", "district", "street", "tarmac", "beach",
                        "area", "suburb", "port", "territory", "water", "airport", "rest",
                        "outskirt", "vicinity", "countryside", "interior", "enclave",
                        "border", "side"})
AT_TARGET = frozenset({"ASSAULT", "AID", "MOBILIZE", "COOPERATE"})
#: Nouns naming one occurrence ("the brawl", "the attack"): a later undated sentence that
#: mentions them is about the day they were first dated.
EVENT_NOUNS = frozenset({"brawl", "attack", "fight", "clash", "bombing", "explosion",
                         "blast", "shooting", "raid", "ambush", "earthquake", "quake",
                         "riot", "massacre", "assault", "strike", "coup", "incident",
                         "crash", "intrusion", "summit", "funeral", "election", "vote"})
QUOTED = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


def quote(sent: Span, trig: Token) -> str | None:
    """The direct quote that states the event: the quoted words around the trigger."""
    offset = trig.idx - sent.start_char
    for m in QUOTED.finditer(sent.text):
        if m.start(1) <= offset < m.end(1):
            return m.group(1).strip(" ,.")
    return None


@dataclass(slots=True)
class DateState:
    """Date context carried through an article: the anchor text for feeds without a
    date, and the day of the last dated event ("the same day", "hours later")."""

    fallback: str | None
    previous: date | None = None
    noun_days: dict[str, date] = dataclasses.field(default_factory=dict)
    #: the narrative's first day and the offset of the sentence that gave it
    first: date | None = None
    first_at: int | None = None
    #: the narrative's day when the current sentence began: "a day earlier" counts from
    #: it however many of the sentence's events have been dated
    sent_at: int | None = None
    sent_previous: date | None = None
    #: every recent day the story has named so far, dated events or not
    days: set[date] = dataclasses.field(default_factory=set)
    #: the last day a sentence gave, background or not, and where that sentence ended
    last_day: date | None = None
    last_end: int | None = None

    def before_sentence(self, sent: Span, published: date | None) -> date | None:
        if self.sent_at != sent.start_char:
            self.sent_at, self.sent_previous = sent.start_char, self.previous
            self.days.update(d for d in dates.days_named(sent.text, published=published,
                                                          previous=self.previous)
                             if published is not None and 0 <= (published - d).days <= 10)
        return self.sent_previous

    def earlier(self) -> date | None:
        """The latest named day before the narrative's day."""
        if self.previous is None:
            return None
        return max((d for d in self.days if d < self.previous), default=None)


def published_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def event_date(sent: Span, tok: Token, published: date | None, state: DateState
               ) -> tuple[str | None, str | None, str | None]:
    """(ISO date, date phrase, precision) of the event ``tok`` triggers in ``sent``."""
    near = tok.idx - sent.start_char
    previous = state.before_sentence(sent, published)
    gap = dates.gap_before(sent.text, near)
    if gap is not None:
        # "…, two days after a drone strike killed X": dated from the main clause's day;
        # a look back does not move the narrative's day (state.previous)
        # the clause the gap hangs on is the one just before it ("patrolled on Wednesday
        # after X declared on Tuesday and ordered ..., hours after gunmen stormed")
        main = event_date_of_text(sent.text[:gap.start], published, state, previous,
                                  near=gap.start)
        if main is not None and dates.resolve_date(
                sent.text[:gap.start], published=published, fallback_text=state.fallback,
                previous=previous) is not None:
            # "Evo Morales arrived on Tuesday, two days after he resigned": the main
            # clause's own day is the narrative's
            _remember(None, main, published, state, at=sent.start_char)
        if main is not None:
            day = main + timedelta(days=gap.days)
            return day.isoformat(), sent.text[gap.start:gap.end], "day"
    day_str = date_text = precision = None
    rank = _clause_ranker(sent, tok, published)
    try:
        res = dates.resolve_date(sent.text, published=published, fallback_text=state.fallback,
                                 near=near, previous=previous, clause_rank=rank)
        if res is not None and res.precision != "day" and published is not None and \
                res.date > published.isoformat():
            # "would not open talks until 2028": a later year or month is the object of
            # the statement, not its date; take the sentence's first date phrase
            res = dates.resolve_date(sent.text, published=published,
                                     fallback_text=state.fallback, previous=previous,
                                     clause_rank=rank)
    except Exception:  # a date bug must not lose the event
        res = None
    if res is not None:
        day_str = res.date
        date_text, precision = res.text, res.precision
        day = published_day(day_str) if precision == "day" else None
        if not (day is not None and state.previous is not None and day < state.previous
                and _pluperfect(tok)):
            # "the army lifted a curfew it had imposed on Monday": a look back in the
            # past perfect does not move the narrative's day
            _remember(sent, day, published, state)
    elif (known := next((state.noun_days[t.lemma_.lower()] - timedelta(days=_eve(t))
                         for t in sent
                         if t.pos_ == "NOUN" and t.lemma_.lower() in state.noun_days),
                        None)) is not None:
        day_str, precision = known.isoformat(), "day"
        state.previous = known  # the narrative continues on that day
    elif (told := _told_on(sent, tok, state)) is not None:
        # "Diop told the council on June 16 that ... He asked for its withdrawal": the
        # same speaker's next act goes on with the day just given, even a past one
        day_str, precision = told.isoformat(), "day"
    elif _pluperfect(tok) and (earlier := state.earlier()) is not None:
        # "He said Chinese personnel had rammed the boats" after "Monday's confrontation":
        # the past perfect reaches back to the story's earlier day
        day_str, precision = earlier.isoformat(), "day"
    elif state.previous is not None:
        # No date phrase: news narrates in order, so an undated sentence continues the
        # day of the last dated event ("Hours later, the guns fell silent").
        day_str, precision = state.previous.isoformat(), "day"
    elif published is not None:
        day_str, precision = published.isoformat(), "day"
    elif state.fallback:
        # no feed date and nothing dated yet (headline, standfirst): the dateline's or
        # caption's full date
        anchor = dates.first_full_date(state.fallback)
        if anchor is not None:
            day_str, precision = anchor.isoformat(), "day"
    return day_str, date_text, precision


#: Pronoun subjects that carry on the previous sentence's actor.
_CARRY_ON = frozenset({"he", "she", "they"})


def _told_on(sent: Span, tok: Token, state: DateState) -> date | None:
    """The day of the sentence just before, when this one goes on with its actor in the
    simple past ("He asked for ...") and that day is not already the narrative's."""
    if state.last_day is None or state.last_end is None or state.last_day == state.previous:
        return None
    if sent.start == 0 or sent.doc[sent.start - 1].sent.end_char != state.last_end:
        return None  # only the sentence just before
    verb = _clause(tok)
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT":
        return None
    return state.last_day if any(c.dep_ == "nsubj" and c.lower_ in _CARRY_ON
                                 for c in verb.children) else None


def _eve(noun: Token) -> int:
    """1 for "on the eve of the summit" (the day before the summit), else 0."""
    prep = noun.head
    return int(noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "eve")


def _pluperfect(tok: Token) -> bool:
    """"had rammed", "had been seized": the trigger's verb is in the past perfect (a
    judgement of it, "said the vote had been unfair", is made when it is said)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = _clause(tok)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "had rammed and punctured the boats, seized firearms"
    if verb.dep_ in ("ccomp", "conj"):
        # a list the parser splits ("said they had rammed the boats, seized firearms and
        # destroyed radios"): its first member carries the tense
        verb = next((s for s in verb.head.children if s.dep_ == verb.dep_ and
                     s.pos_ in ("VERB", "AUX")), verb)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                      for c in verb.children)


def _governing(verb: Token) -> list[Token]:
    """The clause ``verb`` heads and the clauses that govern it ("said on Monday that
    ..."); a coordinated clause ("imposed a curfew that night, but crowds returned") is
    a sibling, not a governor."""
    out = [verb]
    cur = verb
    for _ in range(12):
        if cur.head == cur:
            break
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        cur = _clause(cur.head)
        out.append(cur)
    return out


def _clause_ranker(sent: Span, trig: Token, published: date | None = None
                   ) -> Callable[[int, int], int | None]:
    """A date phrase in the trigger's own clause first, then one in a clause governing
    it; one in a clause that only hangs off it or sits beside it ("telling him not to
    forget the lesson of March 1, 2008", "the rioters, who reject the election victory
    in October, smashed windows on Sunday") yields to those, and alone dates nothing."""
    own = _clause(trig)
    governing = _governing(own)

    def rank(start: int, end: int) -> int | None:
        span = sent.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return 0
        owner = next((t.head for t in span if t.dep_ == "poss"), None)
        if owner is not None and owner != trig and not (
                owner.dep_ in ("nsubj", "nsubjpass") and owner.head == trig):
            # "blames him for Thursday's shootings": the day of another event;
            # "Sunday's bombing killed 12" is the day of the event it reports
            return None
        where = _clause(span.root)
        if where == own:
            return 0
        if where in governing:
            return 1
        if (span.start > sent.start and sent.doc[span.start - 1].lower_ == "since"
                and own not in where.conjuncts):
            # "demanded the release of Bazoum, who has been held since Wednesday": the
            # start of another clause's state, not a day of this event
            return None
        if published is not None and _background(sent.text[start:end], published):
            # "walked out, telling him not to forget the lesson of March 1, 2008": a
            # date long past in another clause is that clause's, never the event's
            return None
        if published is not None and _ahead(sent.text[start:end], published):
            # "withdrew its bid to host the games next year": a date still to come in
            # another clause is when that clause's plan happens, not the event's day
            return None
        if where.dep_ == "relcl" and _perfect(where):
            # "lifted a curfew it had imposed on Monday": a relative clause in the past
            # perfect tells of an earlier event
            return None
        return 2

    return rank


def _background(phrase: str, published: date) -> bool:
    try:
        res = dates.resolve_date(phrase, published=published)
    except Exception:  # a date bug must not lose the event
        return False
    return res is not None and (published - date.fromisoformat(res.date)).days > 31


def _ahead(phrase: str, published: date) -> bool:
    try:
        res = dates.resolve_date(phrase, published=published)
    except Exception:  # a date bug must not lose the event
        return False
    return res is not None and res.date > published.isoformat()


def _perfect(verb: Token) -> bool:
    """"it had imposed", "which had been seized": a clause in the past perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and
                                      c.lower_ in ("had", "'d") for c in verb.children)


def _remember(sent: Span | None, day: date | None, published: date | None,
              state: DateState, at: int = 0) -> None:
    """Carry a sentence's day into the narrative (``state``); with ``sent``, also the
    day of the event nouns it names."""
    if day is None:
        return
    if sent is not None and (published is None or day <= published):
        state.last_day, state.last_end = day, sent.end_char
    if published is None or 0 <= (published - day).days <= 10:
        # background ("the April 22 attack") does not set the narrative's day
        state.previous = day
        if state.first is None:
            state.first, state.first_at = day, sent.start_char if sent is not None else at
    if sent is None:
        return
    # "suspended for a brawl at the Friday, November 19th game": later sentences about
    # the brawl are about that day
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
            state.noun_days.setdefault(t.lemma_.lower(), day)


def note_date(sent: Span, published: date | None, state: DateState) -> None:
    """A sentence that codes no event still moves the narrative's day ("A patrol found
    him at a house on Thursday afternoon. Within minutes, gunmen opened fire")."""
    state.before_sentence(sent, published)
    rank = _clause_ranker(sent, sent.root, published)
    skipped: set[str] = set()

    def current(start: int, end: int) -> int | None:
        return None if sent.text[start:end] in skipped else rank(start, end)

    for _ in range(4):
        try:
            res = dates.resolve_date(sent.text, published=published,
                                     fallback_text=state.fallback, previous=state.previous,
                                     clause_rank=current)
        except Exception:  # a date bug must not lose the article
            return
        if res is None or res.precision != "day":
            return
        day = published_day(res.date)
        _remember(sent if not skipped else None, day, published, state,
                  at=sent.start_char)
        if day is None or published is None or 0 <= (published - day).days <= 10:
            return
        # "The talks opened on Aug 14 and ended on Friday": a background day does not
        # move the narrative; a later phrase of the sentence may
        skipped.add(res.text)


def event_date_of_text(text: str, published: date | None, state: DateState,
                       previous: date | None = None, near: int | None = None) -> date | None:
    """The day a clause's own words give, else the narrative's day (as ``event_date``);
    ``previous`` overrides the day anaphora count from, ``near`` prefers the phrase
    closest to that offset."""
    try:
        res = dates.resolve_date(text, published=published, fallback_text=state.fallback,
                                 previous=previous or state.previous, near=near)
    except Exception:  # a date bug must not lose the event
        res = None
    if res is not None and res.precision == "day":
        return published_day(res.date)
    if res is not None:
        return None  # a month or a year: too coarse to count days from
    return state.previous or published


def sentence_quantities(sent: Span) -> list[Quantity]:
    try:
        return list(quantities.find_quantities(sent.text))
    except Exception:  # a quantity bug must not lose the event
        return []


#: Prepositions whose object is where a movement goes ("moved into Gambia").
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards", "onto"})
#: Agreements happen where the parties agree: with no place in their sentence, the story's
#: dateline ("VIENNA, July 14 - Iran and six powers reached a deal") before a party's country.
AT_VENUE = frozenset({"AGREE"})


#: Types whose verb's object or destination is the event's place ("entered Gambia").
MOVING = frozenset({"MOBILIZE"})
#: Types that happen where the parties meet, and the nouns for their meetings.
MET = frozenset({"AGREE", "CONSULT"})
MEETINGS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "conference"})
#: Types whose destination ("to Niamey", "towards Gori") is where they happen.
VISITS = frozenset({"CONSULT"}) | MOVING


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token sits in (itself for a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _destination(sent: Span, trig: Token) -> str | None:
    """A movement's object or destination: "entered Gambia", "crossed into Iraq"."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "PERSON"):
            continue  # NER often tags a lone country as a PERSON ("entered Mali"); it must geocode
        head = ent.root
        if head.dep_ in ("dobj", "obj") and head.head == trig:
            pass
        elif not (head.dep_ == "pobj" and head.head.lower_ in DESTINATION_PREPS and
                  head.head.head == trig):
            continue
        if place_country(ent.text):
            return ent.text
    return None


def sentence_place(sent: Span, trig: Token, event_type: str, *, venue_first: bool = False
                   ) -> str | None:
    """The place named in the event's own sentence: a known place that is the object
    of a locative preposition ("in Tbilisi", "outside El Fasher") or modifies one
    ("in a Darfur camp"); the one nearest the trigger wins when there are several.
    NER labels are not trusted alone ("In Antakya" is often a PERSON): the name must
    geocode. With ``venue_first``, a meeting's place wins for agreements and meetings
    ("agreed to a ceasefire in eastern Ukraine after talks in Minsk")."""
    if event_type in MOVING and trig.pos_ in ("VERB", "AUX"):
        dest = _destination(sent, trig)
        if dest is not None:
            return dest
    clause = _clause(trig)
    best: tuple[bool, bool, int, str] | None = None
    for ent in sent.ents:
        text = ent.text
        if ent.label_ == "NORP" and ent.root.dep_ == "amod" and \
                ent.root.head.lemma_.lower() == "capital":
            # "talks in the Belarusian capital": the nationality's capital
            code = names_country(ent.text)
            text = (country_name(code) if code else None) or ""
        elif ent.label_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
            continue  # (a nationality is no place: "outside the French embassy in Niamey")
        head = ent.root
        while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head:
            head = head.head
        while head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in PART_NOUNS:
            head = head.head.head  # "on the outskirts of Kyiv": the part is in the place
            while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head:
                head = head.head
        if head != ent.root and head.lemma_.lower() in MISSIONS:
            continue  # "outside the U.S. embassy in Moscow": the embassy's owner is no place
        while head.dep_ == "conj" and head.head != head:
            head = head.head  # "in the Bekaa valley and south Beirut": each is a place
        if head == ent.root and head.dep_ == "dobj" and head.head == trig and \
                event_type == "CONSULT":
            pass  # "visited Damascus" (not "met U.S. Vice President Pence": a title)
        elif head.dep_ != "pobj" or not (head.head.lower_ in LOC_PREPS or (
                head.head.lower_ in DESTINATION_PREPS and event_type in VISITS)):
            # "flew to Niamey" is where a visit happens, "sent troops to Belarus" where
            # they go; "aid to X" is not
            continue
        # an agreement's or meeting's venue ("agreed to a ceasefire in eastern Ukraine
        # after talks in Minsk") comes first; a place in another clause ("hours after X
        # was sworn in in Dakar") yields to one in the trigger's own clause
        venue = venue_first and event_type in MET and \
            head.head.head.lemma_.lower() in MEETINGS
        key = (not venue, _clause(head) != clause, abs(ent.root.i - trig.i))
        if (best is None or key < best[:3]) and text and place_country(text):
            best = (*key, text)
    return best[3] if best else None


#: Troops moved to a border or front stay on their own side of it.
FRONTIERS = frozenset({"border", "frontier", "side", "front", "line", "borderland"})


def at_home(sent: Span, trig: Token) -> bool:
    """A deployment to a border or frontier ("sent 15,000 soldiers to the frontier",
    "reinforced their side of the border"): it happens in the mover's own country."""
    clause = _clause(trig)
    return any(t.lemma_.lower() in FRONTIERS and t.pos_ == "NOUN" and _clause(t) == clause
               for t in sent)


def event_location(text: str | None, event_type: str, src: Actor | None, tgt: Actor | None,
                   dateline: str | None, home: bool = False) -> Location | None:
    """The sentence's own place, else the country where this kind of event happens (the
    target's for strikes and aid, else the source's), else the dateline's city."""
    if text:
        # the country is kept for places the gazetteer has no coordinates for
        # ("in Rakhine state", "in Alberta"): enrich fills in what it can find
        return Location(text=text, country=place_country(text))
    if event_type in AT_VENUE and dateline and place_country(dateline):
        # the story's venue ("MINSK, Feb 12 - ... agreed")
        return Location(text=dateline, country=place_country(dateline))
    order = (tgt, src) if event_type in AT_TARGET and not home else (src,)
    for actor in order:
        if actor is not None and actor.country and actor.role not in ("IGO", "NGO"):
            name = country_name(actor.country)
            if name:
                return Location(text=name, country=actor.country)
    if dateline and place_country(dateline):
        return Location(text=dateline, country=place_country(dateline))
    return None


def entities(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """(persons, organisations, places) the article names, in order of first mention."""
    persons: list[str] = []
    orgs: list[str] = []
    places: list[str] = []
    for ent in doc.ents:
        text = ent.text.strip()
        bucket = {"PERSON": persons, "ORG": orgs, "GPE": places, "LOC": places,
                  "FAC": places}.get(ent.label_)
        if bucket is not None and text and text not in bucket:
            bucket.append(text)
    return persons, orgs, places
