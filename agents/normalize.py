"""normalize agent: fetched → clean; exact duplicates and other languages finish as coded."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.near_dup import NearDupState, _timestamp
from agents.resources import detect_language
from pipeline.chain import filtered_record
from pipeline.normalize import STAGE, normalize
from pipeline.settings import Settings
from schemas import CleanArticle, RawArticle, dumps

#: Seconds of stream time between expiry sweeps of one partition (as agents/near_dup.py).
SEEN_SWEEP_EVERY = 60.0


def seen_value(article_id: str, first_seen: float, partition: int) -> str:
    """A ``seen-content`` value: the first article id, when it was seen, its partition."""
    # The time lets the entry expire; the partition says which partition's sweep may
    # delete it (a table delete goes to the changelog partition of the current event).
    return f"{article_id} {first_seen:.3f} {partition}"


def parse_seen(value: str | None) -> tuple[str, float, int] | None:
    """(article id, first seen, partition); values from before expiry count as expired."""
    if not value:
        return None
    parts = value.split(" ")
    try:
        return parts[0], float(parts[1]), int(parts[2])
    except (IndexError, ValueError):
        return parts[0], 0.0, -1


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    # content hash → first article id; a changelog-backed table so it survives restarts.
    # Writes are idempotent (set-if-absent), so a replay after a crash changes nothing.
    # Entries expire after dedup_window_hours of stream time, like the near-dup table.
    seen = app.Table("seen-content", partitions=settings.partitions, key_type=str,
                     value_type=str)
    window = settings.dedup_window_hours * 3600.0
    last_sweep: dict[int, float] = {}

    def sweep(partition: int, now: float) -> None:
        # Message time, not wall time: a replay sweeps exactly what the first run swept,
        # and deleting an absent key is a no-op, so a sweep is idempotent.
        if now - last_sweep.get(partition, 0.0) < SEEN_SWEEP_EVERY:
            return
        last_sweep[partition] = now
        for key, value in list(seen.items()):
            entry = parse_seen(value)
            # -1: an old-format value (no time, no partition). It already reads as expired;
            # any sweep may drop it from memory, the first one to see it does.
            if entry is not None and entry[2] in (partition, -1) and now - entry[1] > window:
                del seen[key]
    languages = settings.language_set
    # Near duplicates (wire republications): MinHash/LSH over a changelog-backed table.
    near = NearDupState(app, settings)

    async def route(clean: CleanArticle, ingested: float | None) -> str:
        now = datetime.now(UTC)
        key = clean.article_id.encode()
        if clean.language not in languages:
            record = filtered_record(clean, f"language: {clean.language}", now)
            await topics.coded.send(key=key, value=dumps(record))
            return "filtered"
        event = faust.current_event()
        ts = _timestamp(event) if event is not None else time.time()
        partition = event.message.partition if event is not None else 0
        sweep(partition, ts)
        entry = parse_seen(seen.get(clean.content_hash))
        # Past the window counts as absent even before a sweep has removed it.
        first = entry[0] if entry is not None and ts - entry[1] <= window else None
        if first is not None and first != clean.article_id:
            record = filtered_record(clean, f"duplicate_of: {first}", now,
                                     status="duplicate", duplicate_of=first)
            await topics.coded.send(key=key, value=dumps(record))
            return "duplicate"
        original = near.check(clean) if first is None else None
        if original is not None:
            record = filtered_record(clean, f"duplicate_of: {original}", now,
                                     status="duplicate", duplicate_of=original)
            await topics.coded.send(key=key, value=dumps(record))
            return "duplicate"
        if first is None:
            seen[clean.content_hash] = seen_value(clean.article_id, ts, partition)
        # The raw message's timestamp travels down the chain: enrich measures end to end.
        await topics.clean.send(key=key, value=dumps(clean), timestamp=ingested)
        return "out"

    @app.agent(topics.fetched, name="normalize", concurrency=1)
    async def normalize_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            RECORDS.labels(STAGE, "in").inc()
            started = time.perf_counter()
            try:
                raw = RawArticle.decode(event.value, max_text_chars=settings.max_raw_bytes)
                clean = normalize(raw, detect_language=detect_language,
                                  max_chars=settings.max_article_chars)
                outcome = await route(clean, event.message.timestamp)
                RECORDS.labels(STAGE, outcome).inc()
            except Exception as exc:  # never let one record kill the agent
                await dead_letter(topics.deadletter, event, STAGE, exc)
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return normalize_agent
