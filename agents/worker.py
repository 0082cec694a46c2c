"""Run the Faust worker in the current event loop (``newswire worker``, demo, tests)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator

import faust
from faust.contrib.asgi import faust_app_running

from agents.app import Topics, create_app
from agents.kafka import ensure_topics, wait_for_broker
from pipeline.settings import Settings

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def running_worker(settings: Settings, *, ready_timeout: float = 60.0
                         ) -> AsyncIterator[tuple[faust.App, Topics]]:
    """Start every agent; yields once the consumer group has its partitions."""
    await wait_for_broker(settings, what="worker")
    await ensure_topics(settings)
    app, topics = create_app(settings)
    ready = asyncio.Event()

    @app.on_rebalance_complete.connect
    async def _on_ready(sender: object, **kwargs: object) -> None:
        ready.set()

    async with faust_app_running(app, stop_timeout=30):
        try:
            await asyncio.wait_for(ready.wait(), ready_timeout)
        except TimeoutError:
            log.warning("worker: no partition assignment after %.0fs; still waiting",
                        ready_timeout)
        log.info("worker ready: consuming %s", settings.topic("articles.raw"))
        yield app, topics


async def serve_forever(settings: Settings) -> int:
    """``newswire worker``: run until SIGINT/SIGTERM, then stop cleanly (commit offsets)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with running_worker(settings) as (app, _topics):
        crashed = asyncio.create_task(_wait_crashed(app))
        stopped = asyncio.create_task(stop.wait())
        done, pending = await asyncio.wait({crashed, stopped},
                                           return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        if crashed in done:
            log.error("worker: the Faust app crashed: %s", app.crash_reason)
            return 1
    log.info("worker stopped")
    return 0


async def _wait_crashed(app: faust.App) -> None:
    while not app.crashed:
        await asyncio.sleep(0.5)
