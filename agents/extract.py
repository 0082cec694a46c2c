"""extract agent: annotated → one ExtractedArticle per article (PLOVER coding)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.resources import load_nlp, run_cpu
from pipeline import __version__
from pipeline.extract import extract
from pipeline.settings import Settings
from schemas import AnnotatedArticle, dumps, loads

STAGE = "extract"


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    @app.agent(topics.annotated, name="extract", concurrency=1)
    async def extract_agent(stream: faust.StreamT) -> None:
        vocab = (await asyncio.to_thread(load_nlp, settings.model)).vocab
        async for event in stream.events():
            RECORDS.labels(STAGE, "in").inc()
            started = time.perf_counter()
            try:
                annotated = AnnotatedArticle.from_dict(loads(event.value))
                extracted = await run_cpu(
                    extract, annotated, vocab=vocab, version=__version__,
                    now=datetime.now(UTC), max_events=settings.max_events_per_article)
                await topics.extracted.send(key=event.key, value=dumps(extracted),
                                            timestamp=event.message.timestamp)  # ingest time
                RECORDS.labels(STAGE, "out").inc()
            except Exception as exc:
                await dead_letter(topics.deadletter, event, STAGE, exc)
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return extract_agent
