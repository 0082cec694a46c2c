"""normalize agent: fetched → clean; exact duplicates and other languages finish as coded."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.near_dup import NearDupState
from agents.resources import detect_language
from pipeline.chain import filtered_record
from pipeline.normalize import STAGE, normalize
from pipeline.settings import Settings
from schemas import CleanArticle, RawArticle, dumps


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    # content hash → first article id; a changelog-backed table so it survives restarts.
    # Writes are idempotent (set-if-absent), so a replay after a crash changes nothing.
    seen = app.Table("seen-content", partitions=settings.partitions, key_type=str,
                     value_type=str)
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
        first = seen.get(clean.content_hash)
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
            seen[clean.content_hash] = clean.article_id
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
