"""annotate agent: clean → annotated, spaCy in batches (``take_events`` + ``nlp.pipe``)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import faust

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from agents.resources import load_nlp, run_cpu
from pipeline.annotate import annotate_batch
from pipeline.settings import Settings
from schemas import AnnotatedArticle, CleanArticle, dumps, loads

STAGE = "annotate"


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    @app.agent(topics.clean, name="annotate", concurrency=1)
    async def annotate_agent(stream: faust.StreamT) -> None:
        nlp = await asyncio.to_thread(load_nlp, settings.model)
        async for batch in stream.take_events(settings.nlp_batch_size,
                                              within=settings.nlp_batch_timeout):
            started = time.perf_counter()
            RECORDS.labels(STAGE, "in").inc(len(batch))
            good: list[tuple[Any, CleanArticle]] = []
            for event in batch:
                try:
                    good.append((event, CleanArticle.from_dict(loads(event.value))))
                except Exception as exc:
                    await dead_letter(topics.deadletter, event, STAGE, exc)
            articles = [a for _, a in good]
            pairs: list[tuple[Any, AnnotatedArticle]] = []
            try:
                # In a thread: the parse is CPU-bound and must not starve the heartbeat.
                results = await run_cpu(
                    annotate_batch, articles, nlp, batch_size=settings.nlp_batch_size,
                    max_entities=settings.max_entities)
                pairs = [(e, r) for (e, _), r in zip(good, results, strict=True)]
            except Exception:
                # One bad article spoils a batch: redo them one by one to isolate it.
                for event, article in good:
                    try:
                        one = await run_cpu(annotate_batch, [article], nlp,
                                                      max_entities=settings.max_entities)
                        pairs.append((event, one[0]))
                    except Exception as exc:
                        await dead_letter(topics.deadletter, event, STAGE, exc)
            for event, annotated in pairs:
                await topics.annotated.send(key=event.key, value=dumps(annotated),
                                            timestamp=event.message.timestamp)  # ingest time
                RECORDS.labels(STAGE, "out").inc()
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    return annotate_agent
