"""Near-duplicate state for the normalize agent: a changelog-backed table plus an LSH index.

The table (``near-dup``: original article id → signature, time, partition) is the
source of truth and survives restarts through its changelog; the in-memory LSH index is
rebuilt from it whenever the table finishes recovery. Writes are set-if-absent keyed by
article id, so a replay after a crash changes nothing.

Expiry deletes keys only of the partition being processed: Faust writes a table change
to the changelog partition of the *current* event, so deleting another partition's key
would leave it alive after the next recovery.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import faust
import orjson

from pipeline.near_dup import Entry, NearDupIndex, body_of, decode_entry, encode_entry, signature
from pipeline.settings import Settings
from schemas import CleanArticle

log = logging.getLogger(__name__)
#: Seconds of stream time between expiry sweeps of one partition.
SWEEP_EVERY = 60.0


class NearDupState:
    """``check`` decides one article: the original it duplicates, or None (and remember it)."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.table = app.Table("near-dup", partitions=settings.partitions, key_type=str,
                               value_type=str)
        self.index = NearDupIndex(window_seconds=settings.dedup_window_hours * 3600.0)
        self._last_sweep: dict[int, float] = {}
        self.table.on_recover(self._rebuild)

    async def _rebuild(self) -> None:
        index = NearDupIndex(self.index.window, self.index.threshold)
        for key, value in list(self.table.items()):
            index.add(decode_entry(key, orjson.loads(value)))
        self.index = index
        log.info("near-dup index rebuilt from the table: %d originals", len(index))

    def check(self, clean: CleanArticle) -> str | None:
        """Must run inside a stream iteration: table writes go to the event's partition."""
        event = faust.current_event()
        if event is None:
            raise RuntimeError("near-duplicate check outside of a stream iteration")
        ts = _timestamp(event)
        partition = event.message.partition
        self._sweep(partition, ts)
        if clean.article_id in self.index:
            return None  # a replay of an original: it stays an original
        sig = signature(body_of(clean.text, clean.title))
        found = self.index.find(sig, ts, exclude=clean.article_id)
        if found is not None:
            return found[0]
        entry = Entry(clean.article_id, sig, ts, partition)
        if self.index.add(entry) and clean.article_id not in self.table:
            self.table[clean.article_id] = orjson.dumps(encode_entry(entry)).decode()
        return None

    def _sweep(self, partition: int, now: float) -> None:
        if now - self._last_sweep.get(partition, 0.0) < SWEEP_EVERY:
            return
        self._last_sweep[partition] = now
        for article_id in self.index.expired(partition, now):
            self.index.remove(article_id)
            if article_id in self.table:
                del self.table[article_id]


def _timestamp(event: Any) -> float:
    """The message timestamp in seconds: stored with the record, so replays agree."""
    ts = getattr(event.message, "timestamp", None)
    if isinstance(ts, int | float) and ts > 0:
        # Faust gives seconds; guard against a client that passes milliseconds.
        return float(ts) / 1000.0 if ts > 1e11 else float(ts)
    return time.time()
