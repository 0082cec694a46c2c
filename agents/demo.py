"""``newswire demo``: embedded broker + bundled feeds + poller + every agent, in one go.

Serves the bundled feeds from a loopback HTTP server, polls them once, runs the worker
in this process and prints events as they land on ``newswire.events``. It finishes when
every raw article is accounted for on ``articles.coded`` or ``deadletter`` (the
completeness invariant), or after ``--duration`` seconds.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from rich.console import Console
from rich.live import Live
from rich.text import Text

from agents.broker import BrokerError, EmbeddedBroker
from agents.broker_watch import QUIET, install_quiet_retries
from agents.display import event_line
from agents.kafka import client_kwargs
from agents.local_http import serve_folder
from agents.worker import running_worker
from pipeline.settings import Settings
from schemas.codec import RecordError, loads

log = logging.getLogger(__name__)
DEMO_FEEDS = Path(str(importlib_resources.files("agents") / "demo_feeds"))


@dataclass
class Progress:
    raw: set[str] = field(default_factory=set)
    finished: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    statuses: dict[str, int] = field(default_factory=dict)
    dead: int = 0

    @property
    def complete(self) -> bool:
        return bool(self.raw) and self.raw <= self.finished


def demo_feed_files(folder: Path = DEMO_FEEDS) -> list[str]:
    listing = folder / "feeds.toml"
    if listing.exists():
        data = tomllib.loads(listing.read_text(encoding="utf-8"))
        return [str(f["url"]) for f in data.get("feeds", [])]
    return sorted(p.name for p in folder.iterdir() if p.suffix in {".xml", ".json"})


async def collect(settings: Settings, progress: Progress, *, as_json: bool,
                  console: Console) -> None:
    """Follow raw, events, coded and deadletter; print events; track completeness."""
    names = {s: settings.topic(s) for s in ("articles.raw", "events", "articles.coded",
                                             "deadletter")}
    consumer = AIOKafkaConsumer(*names.values(), group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False, **client_kwargs(settings))
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=300)
            for tp, records in batch.items():
                for rec in records:
                    key = rec.key.decode("utf-8", "replace") if rec.key else ""
                    if tp.topic == names["articles.raw"]:
                        progress.raw.add(key)
                    elif tp.topic == names["deadletter"]:
                        progress.dead += 1
                        progress.finished.add(key)
                    elif tp.topic == names["articles.coded"]:
                        try:
                            status = loads(rec.value).get("status", "?")
                        except (RecordError, AttributeError):
                            status = "?"
                        if key not in progress.finished:
                            progress.statuses[status] = progress.statuses.get(status, 0) + 1
                        progress.finished.add(key)
                    elif key not in progress.events:
                        progress.events.add(key)
                        if as_json:
                            sys.stdout.write(rec.value.decode() + "\n")
                            sys.stdout.flush()
                        else:
                            console.print(event_line(loads(rec.value)))
    finally:
        await consumer.stop()


def counters(progress: Progress, started: float, url: str | None) -> Text:
    """The demo's one-line status, redrawn in place (``rich.live``) while events scroll."""
    line = Text()
    for label, value, style in (
            ("polled", len(progress.raw), "cyan"),
            ("coded", progress.statuses.get("coded", 0), "green"),
            ("duplicate/filtered", progress.statuses.get("duplicate", 0)
             + progress.statuses.get("filtered", 0), "dim"),
            ("events", len(progress.events), "bold"),
            ("dead-lettered", progress.dead, "red" if progress.dead else "dim")):
        line.append(f"{label} ", style="dim").append(str(value), style=style).append("   ")
    line.append(f"{time.monotonic() - started:5.1f}s", style="dim")
    if url:
        line.append(f"   live page {url}", style="underline")
    return line


def free_port(preferred: int) -> int:
    """``preferred`` if nothing listens there (the documented 6066), else any free port."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", preferred))
        except OSError:
            s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _run(settings: Settings, broker: EmbeddedBroker, *, duration: float | None,
               as_json: bool, serve: bool = False, open_browser: bool = False) -> int:
    from agents.metrics import POLLERS
    from agents.poller import Poller
    from pipeline.feedlist import FeedSpec

    console = Console(stderr=as_json, highlight=False)
    # Counters only where someone watches: a pipe gets events (and the summary) alone.
    live = Live(console=console, auto_refresh=True, refresh_per_second=4, transient=True) \
        if console.is_terminal else None
    if live is not None and not logging.getLogger().isEnabledFor(logging.DEBUG):
        # The counters replace the progress logs; warnings and errors still show.
        logging.getLogger("agents").setLevel(logging.WARNING)
    url: str | None = None

    def on_web(u: str) -> None:
        nonlocal url
        url = u
        print(f"newswire demo: live page {u} (metrics {u}metrics; broker {settings.broker})",
              file=sys.stderr, flush=True)
        if open_browser:
            import webbrowser

            webbrowser.open(u)
    runner, port = await serve_folder(DEMO_FEEDS)
    feeds = [FeedSpec(url=f"http://127.0.0.1:{port}/{name}", name=name, interval=None)
             for name in demo_feed_files()]
    progress = Progress()
    started = time.monotonic()
    code = 0
    try:
        async with running_worker(settings, on_web_ready=on_web):
            collector = asyncio.create_task(collect(settings, progress, as_json=as_json,
                                                    console=console))
            if live is not None:
                live.start()
            poller = Poller(settings, feeds)
            POLLERS.track(poller)  # newswire_feeds_*_total on /metrics
            await poller.poll_once()
            await poller.close()
            while not progress.complete or serve:
                if live is not None:
                    live.update(counters(progress, started, url))
                if not broker.alive():
                    console.print("[red]newswire demo: the embedded broker died; stopping")
                    code = 1
                    break
                if collector.done():
                    collector.result()  # re-raise what stopped it
                if duration is not None and time.monotonic() - started > duration:
                    break
                await asyncio.sleep(0.3)
            collector.cancel()
    finally:
        if live is not None:
            live.stop()
        await runner.cleanup()
    summary = (f"newswire demo: {len(progress.raw)} articles polled, "
               f"{len(progress.finished & progress.raw)} finished "
               f"({', '.join(f'{k} {v}' for k, v in sorted(progress.statuses.items()))}"
               f"{', ' if progress.statuses else ''}dead-lettered {progress.dead}), "
               f"{len(progress.events)} events in {time.monotonic() - started:.1f}s")
    print(summary, file=sys.stderr)
    if not progress.complete and code == 0:
        print("newswire demo: stopped at --duration before every article was processed",
              file=sys.stderr)
    return code


async def _until_broker_dies(main: Coroutine[Any, Any, int], broker: EmbeddedBroker) -> int:
    """Run the demo; if the embedded broker dies at any point (start-up included), say so
    and end with status 1 instead of a client traceback or a hang."""
    task = asyncio.ensure_future(main)
    interrupted = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, interrupted.set)
    while not task.done():
        if interrupted.is_set():
            # Ctrl-C: stop within bounded time. The broker is in-memory and dies with us,
            # so an orderly Faust stop buys nothing; asyncio's own cancel-everything path
            # can wait forever on Faust's consumer thread.
            print("newswire demo: interrupted; stopping", file=sys.stderr, flush=True)
            task.cancel()
            await asyncio.wait({task}, timeout=5)
            sys.stdout.flush()
            broker.stop()
            logging.shutdown()
            os._exit(130)
        if not broker.alive():
            # The Kafka clients' threads now die with tracebacks that add nothing.
            install_quiet_retries()
            QUIET.down = True
            threading.excepthook = lambda args: None
            code = broker.process.returncode if broker.process else None
            print(f"newswire demo: the embedded broker died (Tansu exit status {code}); "
                  "stopping", file=sys.stderr, flush=True)
            task.cancel()  # runs the demo's finally blocks (terminal, feed server)
            await asyncio.wait({task}, timeout=5)
            # Faust's orderly stop would wait up to 30 s for a broker that is gone.
            logging.shutdown()
            os._exit(1)
        await asyncio.wait({task}, timeout=0.3)
    return task.result()


def _quiet_connection_loss(
        default: Callable[[threading.ExceptHookArgs], Any]
) -> Callable[[threading.ExceptHookArgs], Any]:
    """A thread excepthook that drops a thread's death from a lost broker connection (the
    demo then reports the broker itself) and passes anything else to ``default``."""
    from aiokafka.errors import KafkaConnectionError, NodeNotReadyError

    def hook(args: threading.ExceptHookArgs) -> Any:
        exc: BaseException | None = args.exc_value
        seen = 0
        while exc is not None and seen < 10:
            # NodeNotReadyError: a fetch to the dead broker's node, cancelled in its retry
            # backoff when the consumer stops (a CI run showed it)
            if isinstance(exc, KafkaConnectionError | NodeNotReadyError | ConnectionError
                          | asyncio.IncompleteReadError):
                log.debug("thread %s ended after the broker connection was lost: %r",
                          getattr(args.thread, "name", "?"), args.exc_value)
                return None
            exc, seen = exc.__context__ or exc.__cause__, seen + 1
        return default(args)

    return hook


def run_demo(settings: Settings, *, duration: float | None, as_json: bool,
             serve: bool = False, open_browser: bool = False) -> int:
    # The demo owns its broker and says in one line when it dies; the Kafka clients'
    # connection tracebacks (logged from their threads, sometimes before our watch
    # notices) add nothing for a demo user.
    # A filter on the handlers, not a logger level: Faust resets client log levels when
    # it starts.
    for handler in logging.getLogger().handlers:
        handler.addFilter(lambda record: not record.name.startswith("aiokafka"))
    # Same for Faust's consumer thread, which can die of the lost connection (printing a
    # thread traceback) before the broker watch below notices, a CI run showed.
    threading.excepthook = _quiet_connection_loss(threading.excepthook)
    try:
        with EmbeddedBroker() as broker:
            web_port = free_port(settings.web_port) if settings.web_port > 0 else 0
            if settings.processing_guarantee == "exactly_once":
                print("newswire demo: the embedded Tansu broker has no transactions; "
                      "running at_least_once", file=sys.stderr)
            settings = settings.with_overrides(broker=broker.url,
                                               processing_guarantee="at_least_once",
                                               allow_private_addresses=True,
                                               web_port=web_port)
            return asyncio.run(_until_broker_dies(
                _run(settings, broker, duration=duration, as_json=as_json,
                     serve=serve or open_browser, open_browser=open_browser), broker))
    except BrokerError as exc:
        print(f"newswire demo: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newswire demo: interrupted", file=sys.stderr)
        return 130
