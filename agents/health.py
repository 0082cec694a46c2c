"""Worker health: consumer lag per topic-partition and the readiness answer of ``/readyz``.

Ready means: the worker joined its consumer group (one rebalance completed), the spaCy
model is loaded, the Faust app has not crashed, and every assigned stage-input partition
that has lag has advanced within ``ready_stall_seconds``. The last rule catches the
"stalled consumer" failure (the process is up, the group is joined, yet offsets stop
moving while messages pile up), which a liveness probe alone never sees.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from agents.metrics import CONSUMER_LAG, READY
from pipeline.settings import Settings

log = logging.getLogger(__name__)

#: Topics the stage agents consume (changelog topics of tables are left out: their
#: highwater moves with our own writes while nothing "consumes" them after recovery).
STAGE_INPUTS = ("articles.raw", "articles.fetched", "articles.clean", "articles.annotated",
                "events.extracted", "events")


@dataclass
class PartitionProgress:
    position: int
    lag: int
    advanced_at: float  # monotonic time the position last moved (or lag was zero)


@dataclass
class Health:
    """Samples the Faust consumer once a second; answers ``/readyz`` from the samples."""

    settings: Settings
    app: Any = None  # faust.App; None until the worker has created it
    model_loaded: Callable[[], bool] = field(default=lambda: True)
    clock: Callable[[], float] = time.monotonic
    joined: bool = False
    partitions: dict[tuple[str, int], PartitionProgress] = field(default_factory=dict)

    @property
    def topics(self) -> set[str]:
        return {self.settings.topic(s) for s in STAGE_INPUTS}

    def observe(self, offsets: Iterable[tuple[str, int, int | None, int | None]]) -> None:
        """Record (topic, partition, highwater, committed) samples and update the lag gauge."""
        now = self.clock()
        seen: set[tuple[str, int]] = set()
        for topic, partition, highwater, committed in offsets:
            if highwater is None:  # no fetch answer yet for this partition
                continue
            key = (topic, partition)
            seen.add(key)
            position = committed or 0
            lag = max(highwater - position, 0)
            CONSUMER_LAG.labels(topic, str(partition)).set(lag)
            old = self.partitions.get(key)
            if old is None or old.position != position or lag == 0:
                self.partitions[key] = PartitionProgress(position, lag, now)
            else:
                old.lag = lag
        for key in set(self.partitions) - seen:  # revoked in a rebalance
            del self.partitions[key]
            with contextlib.suppress(KeyError):
                CONSUMER_LAG.remove(key[0], str(key[1]))

    def sample(self) -> None:
        consumer = getattr(self.app, "consumer", None) if self.app is not None else None
        if consumer is None:
            return
        topics = self.topics
        try:
            assignment = [tp for tp in consumer.assignment() if tp.topic in topics]
            committed = consumer._committed_offset  # Faust's own: next offset to process
            rows = [(tp.topic, tp.partition, consumer.highwater(tp), committed.get(tp))
                    for tp in assignment]
        except Exception as exc:  # consumer not started or mid-rebalance: try again later
            log.debug("health: no consumer sample (%s)", exc)
            return
        self.observe(rows)

    def check(self) -> tuple[bool, dict[str, Any]]:
        """(ready, details) for ``/readyz``; details say which check failed and why."""
        now = self.clock()
        stall = self.settings.ready_stall_seconds
        stalled = {f"{t}/{p}": {"lag": pr.lag, "idle_seconds": round(now - pr.advanced_at, 1)}
                   for (t, p), pr in sorted(self.partitions.items())
                   if pr.lag > 0 and now - pr.advanced_at > stall}
        crashed = bool(getattr(self.app, "crashed", False))
        checks = {"joined_group": self.joined, "model_loaded": self.model_loaded(),
                  "not_crashed": not crashed, "consuming": not stalled}
        ready = all(checks.values())
        details: dict[str, Any] = {"ready": ready, "checks": checks,
                                   "lag": sum(p.lag for p in self.partitions.values())}
        if stalled:
            details["stalled_partitions"] = stalled
        READY.set(1 if ready else 0)
        return ready, details

    async def run(self, interval: float = 1.0) -> None:
        while True:
            self.sample()
            self.check()
            await asyncio.sleep(interval)
