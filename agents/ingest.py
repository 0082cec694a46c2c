"""``newswire ingest``: push article files into the raw topic."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from agents.kafka import ensure_topics, make_producer, wait_for_broker
from agents.offline import read_articles
from pipeline.settings import Settings
from schemas import dumps


async def ingest_files(paths: Sequence[str], settings: Settings,
                       out: TextIO = sys.stdout) -> int:
    raws = read_articles(paths)
    if not raws:
        print("newswire ingest: no readable articles", file=sys.stderr)
        return 2
    await wait_for_broker(settings, timeout=30, what="ingest")
    await ensure_topics(settings)
    producer = make_producer(settings)
    await producer.start()
    topic = settings.topic("articles.raw")
    try:
        futures = [await producer.send(topic, key=r.article_id.encode(), value=dumps(r))
                   for r in raws]
        for fut in futures:
            await fut  # acknowledged by the broker, not just buffered
    finally:
        await producer.stop()
    for r in raws:
        out.write(f"{r.article_id}\t{r.title}\n")
    print(f"newswire ingest: {len(raws)} article(s) sent to {topic}", file=sys.stderr)
    return 0
