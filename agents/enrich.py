"""enrich agent: extracted → events (the output contract) + one ArticleRecord per article."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import (
    END_TO_END_SECONDS,
    EVENTS,
    FILTERED,
    RECORDS,
    SCREENED,
    STAGE_SECONDS,
)
from agents.resources import load_gazetteer
from pipeline.enrich import enrich
from pipeline.settings import Settings
from schemas import ExtractedArticle, dumps, loads

STAGE = "enrich"


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    @app.agent(topics.extracted, name="enrich", concurrency=1)
    async def enrich_agent(stream: faust.StreamT) -> None:
        gazetteer = await asyncio.to_thread(load_gazetteer)
        async for event in stream.events():
            RECORDS.labels(STAGE, "in").inc()
            started = time.perf_counter()
            try:
                extracted = ExtractedArticle.from_dict(loads(event.value))
                events, record = enrich(extracted, gazetteer=gazetteer, now=datetime.now(UTC))
                # Events first, the article's record last: a reader that sees the record
                # knows all of its events were written (ids are deterministic on replay).
                for ev in events:
                    await topics.events.send(key=ev.event_id.encode(), value=dumps(ev))
                    EVENTS.labels(ev.type).inc()
                await topics.coded.send(key=event.key, value=dumps(record))
                # one outcome per record (as normalize): an off-topic article is filtered
                if extracted.off_topic is None:
                    RECORDS.labels(STAGE, "out").inc()
                else:
                    RECORDS.labels(STAGE, "filtered").inc()
                    SCREENED.labels(extracted.off_topic).inc(extracted.screened_events)
                if extracted.filtered_events:
                    FILTERED.labels("drop_filter").inc(extracted.filtered_events)
                # Upstream stages forward the raw message's timestamp (ingest time).
                if events and event.message.timestamp:
                    END_TO_END_SECONDS.observe(max(time.time() - event.message.timestamp, 0))
            except Exception as exc:
                await dead_letter(topics.deadletter, event, STAGE, exc)
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return enrich_agent
