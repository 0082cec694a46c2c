"""extract agent: annotated → one ExtractedArticle per article (PLOVER coding)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.resources import nlp_runner
from pipeline.settings import Settings

STAGE = "extract"


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    runner = nlp_runner(settings)

    @app.agent(topics.annotated, name="extract", concurrency=1)
    async def extract_agent(stream: faust.StreamT) -> None:
        await runner.start()
        async for event in stream.events():
            RECORDS.labels(STAGE, "in").inc()
            started = time.perf_counter()
            try:
                # Decoding, coding and encoding all happen where the model is (a child
                # process by default): the event loop only moves bytes.
                value = await runner.extract(event.value, datetime.now(UTC))
                await topics.extracted.send(key=event.key, value=value,
                                            timestamp=event.message.timestamp)  # ingest time
                RECORDS.labels(STAGE, "out").inc()
            except Exception as exc:
                await dead_letter(topics.deadletter, event, STAGE, exc)
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return extract_agent
