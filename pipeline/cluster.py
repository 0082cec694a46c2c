"""Story clustering: group events into real-world stories with GDELT-style counts.

Two levels, so that ids stay deterministic while matching stays fuzzy:

- ``story_key``/``story_id_of`` are pure functions of one event: (type family, actor
  countries, place country, date). The enrich stage stamps this id on every event, so a
  replay always gives the same ``story_id``.
- ``group_key`` (type family + actor countries) is what the cluster stage repartitions
  by. All events that could belong to one story share it, so one table entry (a
  ``Group``) holds every candidate story for that key. An event joins the story that
  already owns its id; otherwise the story whose dates are within ± 1 day, whose place
  is compatible (equal, or unknown on either side) and whose persons and quantities do
  not conflict (fuzzy: surnames, quantities within a tolerance); otherwise it starts a
  story. A story therefore owns several pure ids (a headline event with no date or place
  and the body's event "in Nairobi on Monday" have different pure ids).

The cluster stage writes one Story record per owned id, each with the story's counts,
so a consumer that joins an event to ``newswire.stories`` by its ``story_id`` gets the
whole story; ``merged_into`` names the story's canonical id (the smallest one it owns,
which does not depend on arrival order) on every record but the canonical one.

Counts are set-based (event ids, article ids, outlets), so replays after a crash never
double count. State is plain JSON (``Group.to_json``) for the changelog-backed table.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from pipeline.actor_lexicon import BODIES
from pipeline.ids import story_id_for
from schemas import Event, Story
from schemas.story import CountryRef

#: PLOVER types that outlets (and the extractor) confuse for one another are one family:
#: "held talks" vs "met", an air strike vs "bombed"; talks and a strike never share one.
FAMILY: dict[str, str] = {
    "CONSULT": "consult",
    # A signed deal is coded AGREE by one outlet and SUPPORT or COOPERATE by another.
    "AGREE": "cooperate", "COOPERATE": "cooperate", "SUPPORT": "cooperate",
    "CONCEDE": "yield", "RETREAT": "yield", "REQUEST": "request", "AID": "aid",
    # Protesters accuse the government they march against: one story, two codings.
    "ACCUSE": "dispute", "REJECT": "dispute", "THREATEN": "dispute", "PROTEST": "dispute",
    "SANCTION": "coerce", "COERCE": "coerce", "MOBILIZE": "force", "ASSAULT": "force",
}
#: Newest event ids kept on a Story record (the contract's bounded list).
MAX_EVENT_IDS = 50
#: Set sizes kept for idempotent counting; past this, counts still grow but a replayed
#: member could be counted twice (a story this big is not a single event any more).
MAX_MEMBERS = 5_000
DAY_TOLERANCE = 1


def family(event_type: str) -> str:
    return FAMILY.get(event_type, event_type.lower())


def _actor_code(actor: Any) -> str:
    if actor is None:
        return ""
    if actor.country:
        return str(actor.country)
    return str(actor.role) if actor.role in BODIES else ""


def countries(event: Event) -> str:
    """Sorted distinct actor countries (IGO/NGO for non-state actors), comma-joined."""
    return ",".join(sorted({c for c in (_actor_code(event.source),
                                        _actor_code(event.target)) if c}))


def event_day(event: Event, published: str | None = None) -> str:
    """The event's date; the publication date stands in when the text gives none."""
    return event.date or (published or event.article.published or "")[:10]


def group_key(event: Event) -> str:
    """Repartition key: type family and the alphabetically first country involved.

    Coders often see one side only ("Uganda held talks in Nairobi"), so the full country
    set would scatter one story over several keys; the first of (actor countries, place
    country) is shared by most of a story's events. Matching then checks the countries.
    """
    involved = [c for c in countries(event).split(",") if c]
    if event.location and event.location.country:
        involved.append(event.location.country)
    return f"{family(event.type)}|{min(involved, default='')}"


def story_key(event: Event, published: str | None = None) -> str:
    """The pure story key: (type family, actor countries, place, date)."""
    place = event.location.country if event.location and event.location.country else ""
    return f"{family(event.type)}|{countries(event)}|{place}|{event_day(event, published)}"


def story_id_of(event: Event, published: str | None = None) -> str:
    return story_id_for(story_key(event, published))


def outlet(source: str | None, url: str | None) -> str:
    """The outlet an article counts for: its source name, else its URL's host."""
    if source and source.strip():
        return source.strip().casefold()
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or "unknown"


# ------------------------------------------------------------------ fuzzy matching
def _persons(event: Event) -> set[str]:
    names = {a.person for a in (event.source, event.target) if a is not None and a.person}
    if event.speaker is not None and event.speaker.name:
        names.add(event.speaker.name)
    return {" ".join(n.split()) for n in names}


def same_person(a: str, b: str) -> bool:
    """"Alfred Mutua" ~ "Mutua" ~ "Alfred Mutwa": surname match or close spelling."""
    ta, tb = a.casefold().split(), b.casefold().split()
    if not ta or not tb:
        return False
    if ta[-1] == tb[-1]:
        return True
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.85


def persons_conflict(a: set[str] | list[str], b: set[str] | list[str]) -> bool:
    """Both sides name people and none of them is the same person."""
    if not a or not b:
        return False
    return not any(same_person(x, y) for x in a for y in b)


def same_quantity(a: float, b: float) -> bool:
    """Reports of one toll differ ("12 killed", "at least 15"); 12 vs 40 is another event."""
    lo, hi = sorted((abs(a), abs(b)))
    return hi - lo <= 5 or hi <= lo * 1.5


def quantities_conflict(a: dict[str, list[float]], b: dict[str, list[float]]) -> bool:
    """Some unit is counted on both sides and no pair of its values agrees."""
    for unit in set(a) & set(b):
        if not any(same_quantity(x, y) for x in a[unit] for y in b[unit]):
            return True
    return False


def _quantities(event: Event) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for q in event.quantities:
        out.setdefault(q.unit, []).append(float(q.value))
    return out


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


# ------------------------------------------------------------------ state
@dataclass
class StoryState:
    """One story: the pure ids it owns, its matching signals and its counted members."""

    ids: list[str]
    type: str
    source_country: str | None
    target_country: str | None
    location_country: str | None
    countries: list[str] = field(default_factory=list)  # actor countries (at most two)
    dates: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    quantities: dict[str, list[float]] = field(default_factory=dict)
    events: list[str] = field(default_factory=list)  # every event id, arrival order
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    dup_articles: list[str] = field(default_factory=list)  # near/exact duplicates
    extra_mentions: int = 0  # counted past MAX_MEMBERS
    first_seen: str = ""
    last_seen: str = ""
    updated: float = 0.0  # stream time of the last change, for expiry

    @property
    def canonical(self) -> str:
        return min(self.ids)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> StoryState:
        return cls(**d)

    def matches(self, day: str, place: str, persons: set[str],
                quantities: dict[str, list[float]], actor_countries: set[str]) -> bool:
        # One story is between at most two countries: a third one is another story.
        if len(actor_countries | set(self.countries)) > 2:
            return False
        d = _ordinal(day)
        if d is not None and self.dates:
            near = [o for o in (_ordinal(x) for x in self.dates) if o is not None]
            if near and min(abs(d - o) for o in near) > DAY_TOLERANCE:
                return False
        if place and self.places and place not in self.places:
            return False
        return not (persons_conflict(persons, self.persons)
                    or quantities_conflict(quantities, self.quantities))

    def story_records(self) -> list[Story]:
        """One Story per owned id, all with this story's counts (see module doc)."""
        canonical = self.canonical
        mentions = len(self.events) + len(self.dup_articles) + self.extra_mentions
        return [Story(story_id=i, merged_into=None if i == canonical else canonical,
                      type=self.type, source=CountryRef(self.source_country),
                      target=CountryRef(self.target_country),
                      date=min(self.dates) if self.dates else None,
                      location=CountryRef(self.location_country),
                      first_seen=self.first_seen, last_seen=self.last_seen,
                      num_mentions=max(mentions, 1), num_articles=max(len(self.articles), 1),
                      num_sources=max(len(self.outlets), 1),
                      event_ids=self.events[-MAX_EVENT_IDS:])
                for i in sorted(self.ids)]


def _add(items: list[str], item: str) -> bool:
    """Set-if-absent on a bounded list; True when it was new."""
    if item in items:
        return False
    if len(items) < MAX_MEMBERS:
        items.append(item)
    return True


def _seen_bounds(story: StoryState, seen: str) -> None:
    if seen and (not story.first_seen or seen < story.first_seen):
        story.first_seen = seen
    if seen and seen > story.last_seen:
        story.last_seen = seen


@dataclass
class Group:
    """All candidate stories under one group key (one table entry)."""

    partition: int
    stories: list[StoryState] = field(default_factory=list)
    updated: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"p": self.partition, "updated": self.updated,
                "stories": [s.to_json() for s in self.stories]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Group:
        return cls(partition=int(d["p"]), updated=float(d.get("updated", 0.0)),
                   stories=[StoryState.from_json(s) for s in d["stories"]])

    def owner(self, story_id: str) -> StoryState | None:
        return next((s for s in self.stories if story_id in s.ids), None)

    def add_event(self, event: Event, *, now: float) -> tuple[StoryState, bool]:
        """Count one event; returns its story and whether any count changed."""
        sid = event.story_id or story_id_of(event)
        day = event_day(event)
        place = event.location.country if event.location and event.location.country else ""
        # A place that is one of the actors' own countries says little (coders put talks
        # "between Kenya and Uganda" in either); only a third country can split stories.
        actor_countries = {c for c in countries(event).split(",") if c}
        match_place = "" if place in actor_countries else place
        persons = _persons(event)
        quantities = _quantities(event)
        story = self.owner(sid)
        if story is None:
            fits = [s for s in self.stories
                    if s.matches(day, match_place, persons, quantities, actor_countries)]
            # Several fit: the one with the same day, then the oldest (smallest id) wins.
            fits.sort(key=lambda s: (day not in s.dates, s.canonical))
            story = fits[0] if fits else None
        if story is None:
            story = StoryState(ids=[sid], type=event.type,
                               source_country=_country(event.source),
                               target_country=_country(event.target),
                               location_country=place or None)
            self.stories.append(story)
        elif sid not in story.ids:
            story.ids.append(sid)
        # Signals grow with every member so later reports can match on any of them.
        story.countries = sorted(set(story.countries) | actor_countries)
        if day and day not in story.dates:
            story.dates.append(day)
        if match_place and match_place not in story.places:
            story.places.append(match_place)
        story.location_country = story.location_country or place or None
        for p in sorted(persons):
            if not any(same_person(p, q) for q in story.persons):
                story.persons.append(p)
        for unit, vals in quantities.items():
            known = story.quantities.setdefault(unit, [])
            known.extend(v for v in vals if v not in known)
        changed = _add(story.events, event.event_id)
        if not changed and len(story.events) >= MAX_MEMBERS:
            story.extra_mentions += 1
            changed = True
        _add(story.articles, event.article.article_id)
        _add(story.outlets, outlet(event.article.source, event.article.url))
        _seen_bounds(story, _seen(event.article.published, now))
        story.updated = self.updated = max(self.updated, now)
        return story, changed

    def add_mention(self, story_id: str, article_id: str, source: str | None,
                    url: str | None, published: str | None, *, now: float
                    ) -> tuple[StoryState | None, bool]:
        """Count a duplicate article (another outlet's copy) for the story owning ``story_id``.

        Returns the owning story (None when it has expired or was never here) and whether a
        count changed (False when the mention was already counted: a replay).
        """
        story = self.owner(story_id)
        if story is None or article_id in story.dup_articles or article_id in story.articles:
            return story, False
        _add(story.dup_articles, article_id)
        _add(story.articles, article_id)
        _add(story.outlets, outlet(source, url))
        _seen_bounds(story, _seen(published, now))
        story.updated = self.updated = max(self.updated, now)
        return story, True

    def expire(self, now: float, window_seconds: float) -> bool:
        """Drop stories untouched for the window; True when something was dropped."""
        keep = [s for s in self.stories if now - s.updated <= window_seconds]
        dropped = len(keep) != len(self.stories)
        self.stories = keep
        return dropped


def _country(actor: Any) -> str | None:
    return actor.country if actor is not None and actor.country else None


def _seen(published: str | None, now: float) -> str:
    """When a report was seen: its publication time (replays agree), else stream time."""
    return published if published and "T" in published else _iso(now)


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
