"""Enrich stage: actor countries/roles, geocoding, CAMEO/QuadClass/Goldstein, tone, story ids.

Takes one ExtractedArticle (all of an article's coded events) and returns the finished
Events plus the article's single ArticleRecord. Pure function of its inputs (``now`` is
passed in), so replays give identical output apart from ``processed_at``.

What the extractor already set is kept: enrichment only fills fields that are null.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.ids import story_id_for
from pipeline.tone import tone as article_tone
from schemas import Actor, ArticleRecord, Event, ExtractedArticle, Location, PlaceMention

if TYPE_CHECKING:
    from pipeline.gazetteer import Gazetteer

CameoFn = Callable[[str, "str | None"], tuple[str, int, float]]


def _cameo_fn() -> CameoFn | None:
    """pipeline.plover.cameo_for, or None while it does not exist (optional dependency)."""
    try:
        from pipeline.plover import cameo_for
    except ImportError:
        return None
    return cameo_for  # type: ignore[no-any-return]


def _enrich_actor(actor: Actor | None, gazetteer: Gazetteer) -> Actor | None:
    """Fill country/role/name from the span; never overwrite what the extractor set."""
    if actor is None:
        return None
    if actor.country in BODIES:
        # The contract keeps IGO/NGO out of `country`: the body is a role, not a state.
        actor = dataclasses.replace(actor, country=None, role=actor.country,
                                    name=actor.name or actor.text.strip() or None)
    if actor.role in BODIES or (actor.country and actor.role and actor.name):
        return actor
    match = gazetteer.resolve_actor(actor.name or actor.text)
    if match is None and actor.name:
        match = gazetteer.resolve_actor(actor.text)
    if match is None:
        return dataclasses.replace(actor, role=actor.role or "UNK",
                                   name=actor.name or actor.text.strip() or None)
    country = actor.country or match.country
    if actor.country and match.country and actor.country != match.country:
        # The extractor knew better (e.g. a person's nationality); keep its role source.
        return dataclasses.replace(actor, role=actor.role or "UNK",
                                   name=actor.name or actor.text.strip() or None)
    return dataclasses.replace(actor, country=country, role=actor.role or match.role,
                               name=actor.name or (match.name if match.role in BODIES
                                                   or match.role == "GOV" else None)
                               or actor.text.strip() or None)


def _actor_code(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.country:
        return actor.country
    return actor.role if actor.role in BODIES else ""


def _geocode(location: Location | None, hints: list[str], gazetteer: Gazetteer
             ) -> Location | None:
    if location is None or not location.text or not location.text.strip():
        return location
    if location.lat is not None and location.lon is not None and location.country:
        return location  # already geocoded upstream
    # The coder's own reading of the name (made without the event's actors) is a weak
    # hint: "In Geneva, the UN appealed to Washington" must not go to a namesake town
    # (Geneva, Illinois) on the target's hint alone, but French police raiding a flat in
    # Saint-Denis are near Paris, not on Reunion (a namesake of similar size).
    weak = location.country if location.country not in hints else None
    found = gazetteer.geocode(location.text, country_hint=hints or None, weak_hint=weak)
    if found is None:
        # "southern Israel", "Ofer prison in the West Bank": a country inside the span is
        # still a country-level geocode (GDELT's type 1); otherwise keep the text only.
        code = gazetteer.country_code(location.text)
        if code and code not in BODIES:
            found = gazetteer.country_location(code)
    if found is None:
        return location
    return dataclasses.replace(found, text=location.text)


def _story_key(event: Event, published: str | None) -> str:
    # One definition of the story key, shared with the cluster stage (pipeline/cluster.py).
    from pipeline.cluster import story_key

    return story_key(event, published)


def _utc_iso(now: datetime) -> str:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).isoformat().replace("+00:00", "Z")


def enrich(extracted: ExtractedArticle, *, gazetteer: Gazetteer, now: datetime
           ) -> tuple[list[Event], ArticleRecord]:
    """Finished Events for one article, plus its ArticleRecord (status ``coded``)."""
    article = extracted.article
    doc_tone = article_tone(f"{article.title}\n{article.text}")
    cameo_for = _cameo_fn()

    events: list[Event] = []
    for event in extracted.events:
        source = _enrich_actor(event.source, gazetteer)
        target = _enrich_actor(event.target, gazetteer)
        hints = [c for c in (source.country if source else None,
                             target.country if target else None) if c]
        location = _geocode(event.location, hints, gazetteer)
        cameo_root, quad_class, goldstein = event.cameo_root, event.quad_class, event.goldstein
        if cameo_for is not None and cameo_root is None:
            # An unknown type leaves the codes null rather than inventing one.
            with contextlib.suppress(ValueError, KeyError):
                cameo_root, quad_class, goldstein = cameo_for(event.type, event.mode)
        enriched = dataclasses.replace(
            event, source=source, target=target, location=location, cameo_root=cameo_root,
            quad_class=quad_class, goldstein=goldstein,
            tone=event.tone if event.tone is not None else doc_tone)
        if enriched.story_id is None:
            enriched = dataclasses.replace(
                enriched, story_id=story_id_for(_story_key(enriched, article.published)))
        events.append(enriched)

    places: list[PlaceMention] = []
    seen: set[tuple[str, str | None]] = set()
    for name in extracted.places:
        loc = gazetteer.geocode(name)
        if loc is None:
            continue
        key = (loc.name or name, loc.country)
        if key in seen:
            continue
        seen.add(key)
        places.append(PlaceMention(name=loc.name or name, country=loc.country, lat=loc.lat,
                                   lon=loc.lon))

    # an off-topic story (pipeline.domains) is `filtered` with the events held back
    screened = extracted.off_topic
    record = ArticleRecord(
        article_id=article.article_id,
        status="coded" if screened is None else "filtered",
        reason=None if screened is None else
        f"off_topic: {screened} ({extracted.screened_events} events screened)",
        processed_at=_utc_iso(now),
        url=article.url,
        title=article.title,
        source=article.source,
        published=article.published,
        language=article.language,
        event_ids=[e.event_id for e in events],
        persons=list(dict.fromkeys(extracted.persons)),
        organizations=list(dict.fromkeys(extracted.organizations)),
        locations=places,
        tone=doc_tone,
        word_count=article.word_count,
        uncoded_sentences=extracted.uncoded_sentences,
        coding_errors=extracted.coding_errors,
        truncated=extracted.truncated or article.truncated,
        text_source=article.text_source,
        fetch_reason=article.fetch_reason,
    )
    return events, record
