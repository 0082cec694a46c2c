"""Broker watch for the long-running processes (``newswire worker``, ``newswire poll``).

While the broker is away, aiokafka logs every reconnect attempt (several lines a second)
and the processes otherwise say nothing useful. The watch probes the broker twice a
second and logs one line per state change (lost, back); while the broker is known to be
down, the Kafka clients' own retry chatter is muted by ``QUIET``.

A broker that comes back *without its data* (Tansu keeps everything in memory; a wiped
cluster) cannot be resumed in-process: the worker's fetch positions and the
poller's "already sent" state point into logs that no longer exist, so continuing would
skip new records or never re-send lost ones. The watch then returns ``EXIT_BROKER_RESET``
and the process exits with it; the supervisor (docker-compose ``restart:``, systemd, the
tests) starts it again, and the fresh process recreates the topics and starts over.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from aiokafka.admin import AIOKafkaAdminClient

from agents.kafka import client_kwargs
from pipeline.settings import Settings

log = logging.getLogger(__name__)

#: Exit status after the broker lost its data (``EX_TEMPFAIL``: restart me).
EXIT_BROKER_RESET = 75
#: Consecutive failed probes (two a second) before the broker counts as lost.
LOST_AFTER = 3
#: Loggers whose per-retry connection errors are muted while the broker is known down.
_CHATTY = ("aiokafka", "faust.transport", "faust.tables", "faust.app")


class QuietRetries(logging.Filter):
    """Drops Kafka client records below CRITICAL while ``down`` is set.

    Installed on the root handlers (a logger's own filters do not see its children's
    records), so it only touches records of the client libraries in ``_CHATTY``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.down or record.levelno >= logging.CRITICAL:
            return True
        return not record.name.startswith(_CHATTY)


QUIET = QuietRetries()


def install_quiet_retries() -> None:
    """Attach ``QUIET`` to every root handler (idempotent)."""
    for handler in logging.getLogger().handlers:
        if QUIET not in handler.filters:
            handler.addFilter(QUIET)


async def _probe(settings: Settings) -> set[str] | None:
    """The broker's topics, or None when it does not answer."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings), request_timeout_ms=3000)
    try:
        async with asyncio.timeout(5):
            await admin.start()
            return set(await admin.list_topics())
    except Exception:  # refused, timed out, not ready: all mean "not now"
        return None
    finally:
        # Closing a half-started client may fail; irrelevant for a probe.
        with contextlib.suppress(Exception):
            await admin.close()


def data_lost(topics: set[str], *, baseline: set[str], required: str) -> str | None:
    """Why the broker is not the one we left (its data is gone), or None if it is.

    Only fresh processes create topics (``ensure_topics`` at start-up) and newswire's
    clients never auto-create them, so a topic we saw before the outage that is missing
    after it means the broker lost its log. (The group's committed offsets would be a
    finer signal, but Tansu 0.6 answers OffsetFetch in a form aiokafka cannot decode.)
    """
    gone = sorted((baseline | {required}) - topics)
    if gone:
        return f"{len(gone)} topic(s) gone, e.g. {gone[0]}"
    return None


async def watch_broker(settings: Settings, *, what: str, interval: float = 0.5) -> int:
    """Watch until the broker comes back without its data; return the exit status then.

    Never returns while the broker is up, or down, or back with its data (real Kafka
    restarted): the Kafka clients reconnect by themselves in those cases.
    """
    required = settings.topic("articles.raw")
    ours = settings.topic("")  # the prefix: only newswire's topics matter
    install_quiet_retries()
    baseline: set[str] = set()
    down_since: float | None = None
    failures = 0
    while True:
        seen = await _probe(settings)
        if seen is None:
            failures += 1
            QUIET.down = True  # mute the clients' retry lines at once ...
            # ... but one failed probe is not an outage yet: a CPU-bound stretch (model
            # loading) can stall this event loop past the probe's timeout.
            if down_since is None and failures >= LOST_AFTER:
                down_since = time.monotonic()
                log.warning("%s: lost the broker %s; the Kafka clients retry with backoff "
                            "(their connection errors are muted until it is back)", what,
                            settings.broker)
        else:
            failures = 0
            QUIET.down = False
            topics = seen
            if down_since is not None:
                log.warning("%s: broker %s is back after %.0f s", what, settings.broker,
                            time.monotonic() - down_since)
                down_since = None
                reason = data_lost(topics, baseline=baseline, required=required)
                if reason is not None:
                    log.error("%s: the broker came back without newswire's data (%s; a "
                              "memory-only broker such as Tansu restarted?); exiting with "
                              "status %d so that the supervisor restarts the %s, which "
                              "recreates the topics and starts over", what, reason,
                              EXIT_BROKER_RESET, what)
                    return EXIT_BROKER_RESET
            baseline |= {t for t in topics if t.startswith(ours)}
        await asyncio.sleep(interval)
