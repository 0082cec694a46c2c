"""annotate agent: clean → annotated, spaCy in batches (``take_events`` + ``nlp.pipe``)."""

from __future__ import annotations

import time
from typing import Any, cast

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.resources import nlp_runner
from pipeline.settings import Settings
from schemas import CleanArticle, loads

STAGE = "annotate"


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    runner = nlp_runner(settings)

    @app.agent(topics.clean, name="annotate", concurrency=1)
    async def annotate_agent(stream: faust.StreamT) -> None:
        await runner.start()
        # take_events is a method of faust.Stream that the StreamT interface lacks
        batches = cast("faust.Stream[Any]", stream).take_events(
            settings.nlp_batch_size, within=settings.nlp_batch_timeout)
        async for batch in batches:
            started = time.perf_counter()
            RECORDS.labels(STAGE, "in").inc(len(batch))
            good: list[tuple[Any, CleanArticle]] = []
            for event in batch:
                try:
                    good.append((event, CleanArticle.from_dict(loads(event.value))))
                except Exception as exc:
                    await dead_letter(topics.deadletter, event, STAGE, exc)
            pairs: list[tuple[Any, bytes]] = []
            try:
                # Off the event loop (a child process by default, agents/nlp_runner.py):
                # the parse is CPU-bound and must not starve the heartbeat.
                values = await runner.annotate([a for _, a in good])
                pairs = [(e, v) for (e, _), v in zip(good, values, strict=True)]
            except Exception:
                # One bad article spoils a batch: redo them one by one to isolate it.
                for event, article in good:
                    try:
                        pairs.append((event, (await runner.annotate([article]))[0]))
                    except Exception as exc:
                        await dead_letter(topics.deadletter, event, STAGE, exc)
            for event, value in pairs:
                await topics.annotated.send(key=event.key, value=value,
                                            timestamp=event.message.timestamp)  # ingest time
                RECORDS.labels(STAGE, "out").inc()
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return annotate_agent
