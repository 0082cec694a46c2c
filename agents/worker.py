"""Run the Faust worker in the current event loop (``newswire worker``, demo, tests)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import AsyncIterator, Callable

import faust
from faust.contrib.asgi import faust_app_running

from agents.app import Topics, create_app
from agents.broker_watch import watch_broker
from agents.health import Health
from agents.kafka import ensure_topics, wait_for_broker
from agents.livefeed import LiveFeed
from agents.resources import nlp_runner
from agents.web import WebServer
from pipeline.settings import Settings

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def running_worker(settings: Settings, *, ready_timeout: float = 60.0,
                         on_web_ready: Callable[[str], None] | None = None
                         ) -> AsyncIterator[tuple[faust.App, Topics]]:
    """Start every agent; yields once the consumer group has its partitions.

    With ``settings.web_port > 0`` the web server (metrics, health, live page) runs for
    the worker's lifetime; ``on_web_ready`` gets its URL.
    """
    await wait_for_broker(settings, what="worker")
    await ensure_topics(settings)
    app, topics = create_app(settings)
    ready = asyncio.Event()
    health = Health(settings, app, model_loaded=lambda: nlp_runner(settings).ready)

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]  # mode types receivers narrowly
    async def _on_ready(sender: object, **kwargs: object) -> None:
        health.joined = True
        ready.set()

    server = None
    if settings.web_port > 0:
        # Up before the app: /healthz answers and /readyz says "not yet" while it starts.
        server = WebServer(settings, health, LiveFeed(settings))
        await server.start()
        if on_web_ready is not None:
            on_web_ready(server.url)
    async with contextlib.AsyncExitStack() as stack:
        if server is not None:
            stack.push_async_callback(server.stop)
        # After the app has stopped (LIFO): no agent waits on the NLP child any more, and
        # a parse still running there is dropped, not waited for (its offsets were not
        # committed, so it is redone).
        stack.callback(nlp_runner(settings).close)
        await stack.enter_async_context(faust_app_running(app, stop_timeout=30))
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
    async with contextlib.AsyncExitStack() as stack:
        # Until the worker is up (waiting for a broker, loading the model) a stop request
        # cancels the start-up: nothing has been consumed, so there is nothing to commit.
        worker = running_worker(settings)
        starting = asyncio.ensure_future(worker.__aenter__())
        stop_wait = asyncio.ensure_future(stop.wait())
        await asyncio.wait({starting, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
            log.info("worker stopped before it was ready")
            return 0
        stop_wait.cancel()
        app, _topics = starting.result()  # re-raises a start-up failure
        stack.push_async_exit(worker)
        crashed = asyncio.create_task(_wait_crashed(app))
        stopped = asyncio.create_task(stop.wait())
        # One log line per broker state change; exits for a restart if the broker came
        # back without its data (memory-only Tansu): Faust cannot resume from that.
        watch = asyncio.create_task(watch_broker(settings, what="worker"))
        done, pending = await asyncio.wait({crashed, stopped, watch},
                                           return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        if crashed in done:
            log.error("worker: the Faust app crashed: %s", app.crash_reason)
            return 1
        if watch in done:
            # Skip Faust's orderly stop: it would try for stop_timeout to commit offsets
            # into topics that no longer exist. Uncommitted work is simply redone.
            logging.shutdown()
            os._exit(watch.result())
    log.info("worker stopped")
    return 0


async def _wait_crashed(app: faust.App) -> None:
    while not app.crashed:
        await asyncio.sleep(0.5)
