"""fetch agent: raw → fetched; summary-only entries get the article page's body.

Network-bound, so it takes a batch of events (``take_events``) and fetches them
concurrently with ``asyncio.gather``; per-host limits live in ``PageFetcher``. One agent
instance per partition (``concurrency=1``): offsets are committed in order, and a slow
host delays only its own batch, by at most ``PageFetcher.article_budget`` seconds.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.fetcher import PageFetcher
from agents.metrics import RECORDS, STAGE_SECONDS
from pipeline.errors import BadInput
from pipeline.fetch import STAGE
from pipeline.settings import Settings
from schemas import RawArticle, dumps
from schemas.codec import RecordError


def register(app: faust.App, topics: Topics, settings: Settings,
             fetcher: PageFetcher | None = None) -> Any:
    pages = fetcher or PageFetcher(settings)

    async def decide(event: Any) -> RawArticle | BaseException:
        try:
            raw = RawArticle.decode(event.value, max_text_chars=settings.max_raw_bytes)
            return await pages.process(raw)
        except RecordError as exc:  # not JSON, no text …: can never be processed
            key = event.key.decode("utf-8", "replace") if event.key else None
            return BadInput(str(exc), stage=STAGE, article_id=key)
        except Exception as exc:  # a bug: dead-lettered below with its traceback
            return exc

    @app.agent(topics.raw, name=STAGE, concurrency=1)
    async def fetch_agent(stream: faust.StreamT) -> None:
        # take_events is a method of faust.Stream that the StreamT interface lacks
        batches = cast("faust.Stream[Any]", stream).take_events(
            settings.fetch_batch_size, within=settings.fetch_batch_timeout)
        async for batch in batches:
            started = time.perf_counter()
            RECORDS.labels(STAGE, "in").inc(len(batch))
            results = await asyncio.gather(*(decide(e) for e in batch))
            # Sent in input order so the fetched topic keeps each partition's order.
            for event, result in zip(batch, results, strict=True):
                if isinstance(result, BaseException):
                    await dead_letter(topics.deadletter, event, STAGE, result)
                    continue
                await topics.fetched.send(key=event.key, value=dumps(result),
                                          timestamp=event.message.timestamp)  # ingest time
                RECORDS.labels(STAGE, result.text_source or "out").inc()
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return fetch_agent
