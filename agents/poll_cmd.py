"""``newswire poll``: run the feed poller against the configured broker."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

from agents.broker_watch import watch_broker
from agents.kafka import ensure_topics, wait_for_broker
from pipeline.feedlist import load_feed_list
from pipeline.settings import Settings

log = logging.getLogger(__name__)


async def poll(settings: Settings, *, feeds_file: str | None, once: bool) -> int:
    from agents.poller import Poller

    if not (feeds_file or settings.feeds_file):
        print("newswire poll: no feed list; pass --feeds FILE or set NEWSWIRE_FEEDS_FILE "
              "(`newswire demo` polls the bundled feeds by itself)", file=sys.stderr)
        return 2
    path = Path(feeds_file or settings.feeds_file)
    try:
        feeds = load_feed_list(path.read_text(encoding="utf-8"), path.name)
    except OSError as exc:
        print(f"newswire poll: cannot read feed list {path}: {exc}", file=sys.stderr)
        return 2
    if not feeds:
        print(f"newswire poll: no feeds in {path}", file=sys.stderr)
        return 2
    await wait_for_broker(settings, what="poller")
    await ensure_topics(settings)
    poller = Poller(settings, feeds)
    try:
        if once:
            await poller.poll_once()
            return 0
        task = asyncio.create_task(poller.run())
        # One log line per broker state change; if the broker comes back without its
        # data, the "already sent" state is wrong: exit so the supervisor restarts us.
        watch = asyncio.create_task(watch_broker(settings, what="poller"))
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, task.cancel)
        try:
            await asyncio.wait({task, watch}, return_when=asyncio.FIRST_COMPLETED)
            if watch.done():
                task.cancel()
                # Skip the producer's orderly stop: its pending sends target lost topics.
                logging.shutdown()
                os._exit(watch.result())
            await task
        except asyncio.CancelledError:
            log.info("poller stopped")
        finally:
            watch.cancel()
        return 0
    finally:
        await poller.close()
