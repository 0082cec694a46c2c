"""``newswire ingest``: push article files into the raw topic.

Article ids and titles go to stdout (one line each, for scripts); a progress bar (on a
terminal) and a one-line summary go to stderr.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

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
    console = Console(stderr=True)
    # The bar counts broker acknowledgements, not sends: sends only fill a buffer.
    progress = Progress("[progress.description]{task.description}", BarColumn(),
                        MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                        transient=True, disable=not console.is_terminal)
    started, sent_bytes = time.monotonic(), 0
    try:
        with progress:
            task = progress.add_task(f"ingest → {topic}", total=len(raws))
            futures = []
            for r in raws:
                value = dumps(r)
                sent_bytes += len(value)
                fut = await producer.send(topic, key=r.article_id.encode(), value=value)
                fut.add_done_callback(lambda _f: progress.advance(task))
                futures.append(fut)
            for fut in futures:
                await fut  # acknowledged by the broker, not just buffered
    finally:
        await producer.stop()
    for r in raws:
        out.write(f"{r.article_id}\t{r.title}\n")
    elapsed = max(time.monotonic() - started, 1e-6)
    print(f"newswire ingest: {len(raws)} article(s) from {len(paths)} file(s) sent to {topic} "
          f"in {elapsed:.1f}s ({len(raws) / elapsed:.0f}/s, {sent_bytes / 1e6:.1f} MB)",
          file=sys.stderr)
    return 0
