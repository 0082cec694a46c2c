"""The feed poller: fetch each feed on its own schedule and produce new entries to Kafka.

Per feed and poll::

    fetch (conditional GET)  ->  parse_feed  ->  drop seen ids  ->  produce RawArticles
        -> wait for every ack  ->  write FeedState to <prefix>.feeds.state

State is written only after the articles were acknowledged: a crash in between re-sends
them on restart (consumers de-duplicate by article_id) instead of losing them.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx
import orjson

from agents.http_client import (
    FetchError,
    HttpStatusError,
    Resolver,
    fetch,
    make_client,
    system_resolver,
)
from pipeline.feedlist import FeedSpec
from pipeline.feeds import FeedError, parse_feed
from pipeline.poll_state import (
    FeedState,
    StateError,
    from_dict,
    next_delay,
    record_failure,
    record_not_modified,
    record_success,
    to_dict,
)
from pipeline.settings import Settings
from pipeline.topics import FEED_STATE, RAW
from schemas.codec import dumps

log = logging.getLogger(__name__)

#: Records of the state topic as (key, value) bytes, oldest first; value None = tombstone.
StateReader = Callable[[], Awaitable[Sequence[tuple[bytes | None, bytes | None]]]]
#: Feeds fetched at the same time; the rest wait (keeps sockets and memory bounded).
MAX_CONCURRENT_FETCHES = 8
#: Statuses whose Retry-After header is honoured.
_RETRY_AFTER_STATUSES = frozenset({429, 503})


class Producer(Protocol):
    """The part of ``AIOKafkaProducer`` the poller uses (a fake in unit tests)."""

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None
                   ) -> asyncio.Future[Any]: ...


class ProduceFailed(Exception):
    """The broker did not acknowledge a feed's articles; its state is not advanced."""


class Poller:
    """Polls feeds, produces new RawArticles, keeps per-feed state in a compacted topic."""

    def __init__(self, settings: Settings, feeds: list[FeedSpec], *,
                 producer: Producer | None = None,
                 state_reader: StateReader | None = None,
                 http_client: httpx.AsyncClient | None = None,
                 resolver: Resolver = system_resolver,
                 clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None):
        self.settings = settings
        self.feeds = list(feeds)
        self.raw_topic = settings.topic(RAW.suffix)
        self.state_topic = settings.topic(FEED_STATE.suffix)
        self.states: dict[str, FeedState] = {}
        self._producer = producer
        self._own_producer = producer is None
        self._state_reader = state_reader
        self._client = http_client
        self._own_client = http_client is None
        self._resolver = resolver
        self._clock = clock
        self._rng = rng or random.Random()
        self._started = False
        self._stop = asyncio.Event()
        self._fetch_slots = asyncio.Semaphore(MAX_CONCURRENT_FETCHES)
        # Counters (read by the metrics endpoint; monotonically increasing).
        self.polled = 0
        self.not_modified = 0
        self.failed = 0
        self.entries_new = 0
        self.entries_seen = 0
        self.entries_skipped = 0
        self.produce_errors = 0

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Connect the producer and HTTP client and restore state from the state topic."""
        if self._started:
            return
        if self._producer is None:
            from agents.kafka import make_producer  # imported late: aiokafka only when real
            self._producer = make_producer(self.settings)
            await self._producer.start()
        # An injected producer belongs to the caller, who starts and stops it.
        if self._client is None:
            self._client = make_client(self.settings)
        reader = self._state_reader or (lambda: read_state_topic(self.settings,
                                                                 self.state_topic))
        self.states = restore_states(await reader())
        self._started = True
        known = sum(1 for f in self.feeds if f.url in self.states)
        log.info("poller: %d feeds, state restored for %d", len(self.feeds), known)

    async def close(self) -> None:
        self._stop.set()
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None
        if self._own_producer and self._producer is not None:
            await self._producer.stop()
            self._producer = None
        self._started = False

    async def __aenter__(self) -> Poller:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def stop(self) -> None:
        """Ask ``run`` to return after the polls in flight."""
        self._stop.set()

    # ------------------------------------------------------------------ polling
    async def poll_once(self) -> int:
        """Poll every feed once, now, ignoring schedules; return the new articles produced."""
        await self.start()
        counts = await asyncio.gather(*(self._poll_guarded(spec) for spec in self.feeds))
        return sum(counts)

    async def run(self, stop_after_idle: float | None = None) -> None:
        """Poll each feed when due until ``stop()``; with ``stop_after_idle``, also return
        once that many seconds passed without a new article (demo and tests)."""
        await self.start()
        self._stop.clear()
        last_new = self._clock()
        while not self._stop.is_set():
            now = self._clock()
            due = [s for s in self.feeds if self._due(s) <= now]
            if due:
                counts = await asyncio.gather(*(self._poll_guarded(s) for s in due))
                if sum(counts):
                    last_new = self._clock()
            now = self._clock()
            if stop_after_idle is not None and now - last_new >= stop_after_idle:
                log.info("poller: no new articles for %.0f s, stopping", now - last_new)
                return
            wake = min((self._due(s) for s in self.feeds), default=now + 60.0)
            sleep = max(0.0, wake - now)
            if stop_after_idle is not None:
                sleep = min(sleep, max(0.0, last_new + stop_after_idle - now))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=max(sleep, 0.01))

    def _due(self, spec: FeedSpec) -> float:
        state = self.states.get(spec.url)
        return state.next_due if state else 0.0

    async def _poll_guarded(self, spec: FeedSpec) -> int:
        # One broken feed (or a bug) must never stop the others.
        try:
            async with self._fetch_slots:
                return await self._poll_feed(spec)
        except Exception:
            log.exception("poller: unexpected error polling %s (bug; feed retried later)",
                          spec.url)
            self.failed += 1
            state = self.states.get(spec.url) or FeedState(feed_url=spec.url)
            self.states[spec.url] = self._schedule(record_failure(state, error="internal error"),
                                                   spec)
            return 0

    async def _poll_feed(self, spec: FeedSpec) -> int:
        assert self._client is not None and self._producer is not None
        state = self.states.get(spec.url) or FeedState(feed_url=spec.url)
        self.polled += 1
        try:
            result = await fetch(self._client, spec.url, etag=state.etag,
                                 last_modified=state.last_modified, settings=self.settings,
                                 resolver=self._resolver)
            if result.not_modified:
                self.not_modified += 1
                new_state = record_not_modified(state, etag=result.etag,
                                                last_modified=result.last_modified,
                                                now=self._clock())
                await self._commit(spec, state, new_state)
                return 0
            now = self._clock()
            parsed = parse_feed(result.body, feed_url=spec.url,
                                content_type=result.content_type,
                                now=datetime.fromtimestamp(now, tz=UTC))
        except (FetchError, FeedError) as exc:
            retry_after = (exc.retry_after if isinstance(exc, HttpStatusError)
                           and exc.status in _RETRY_AFTER_STATUSES else None)
            self.failed += 1
            await self._commit(spec, state, record_failure(state, error=str(exc)),
                               retry_after=retry_after, error=exc)
            return 0

        if parsed.warning:
            log.debug("poller: %s parsed with a warning: %s", spec.url, parsed.warning)
        self.entries_skipped += sum(parsed.skipped.values())
        seen = state.seen_set()
        new = [a for a in parsed.articles if a.article_id not in seen]
        self.entries_seen += len(parsed.articles) - len(new)
        try:
            await self._produce(new)
        except ProduceFailed as exc:
            # Broker trouble, not the feed's fault: keep the old state (so these entries
            # are sent again next time) and retry soon.
            self.produce_errors += 1
            log.warning("poller: %s: %s; will re-send", spec.url, exc)
            self.states[spec.url] = dataclasses.replace(
                state, next_due=self._clock() + min(30.0, self._base_interval(spec)))
            return 0
        self.entries_new += len(new)
        new_state = record_success(state, entry_ids=[a.article_id for a in parsed.articles],
                                   etag=result.etag, last_modified=result.last_modified,
                                   now=self._clock(), ttl_seconds=parsed.ttl_seconds)
        await self._commit(spec, state, new_state)
        log.debug("poller: %s: %d entries, %d new, skipped %s", spec.url,
                  len(parsed.articles), len(new), dict(parsed.skipped))
        return len(new)

    async def _produce(self, articles: Sequence[Any]) -> None:
        assert self._producer is not None
        if not articles:
            return
        try:
            # Queue everything first, then wait for all acks: batches instead of round trips.
            futures = [await self._producer.send(self.raw_topic, value=dumps(a),
                                                 key=a.article_id.encode())
                       for a in articles]
            await asyncio.gather(*futures)
        except Exception as exc:  # aiokafka raises KafkaError subclasses and timeouts
            raise ProduceFailed(f"producing {len(articles)} articles to {self.raw_topic} "
                                f"failed: {type(exc).__name__}: {exc}") from exc

    # ------------------------------------------------------------------ state
    def _base_interval(self, spec: FeedSpec) -> float:
        return spec.interval or self.settings.poll_interval

    def _schedule(self, state: FeedState, spec: FeedSpec, *,
                  retry_after: float | None = None) -> FeedState:
        delay = next_delay(state, self._base_interval(spec), self.settings.poll_max_backoff,
                           self._rng, retry_after=retry_after)
        return dataclasses.replace(state, next_due=self._clock() + delay)

    async def _commit(self, spec: FeedSpec, old: FeedState, new: FeedState, *,
                      retry_after: float | None = None, error: Exception | None = None
                      ) -> None:
        """Schedule the next poll, log a health change once, persist the state."""
        new = self._schedule(new, spec, retry_after=retry_after)
        self.states[spec.url] = new
        delay = new.next_due - self._clock()
        if new.failing and not old.failing:
            log.warning("poller: feed %s is failing: %s (%s); retrying with backoff, "
                        "next try in %.0f s", spec.url, error, type(error).__name__, delay)
        elif new.failing:
            log.debug("poller: %s still failing (%d in a row): %s; next try in %.0f s",
                      spec.url, new.consecutive_failures, error, delay)
        elif old.failing:
            log.warning("poller: feed %s recovered after %d failed polls", spec.url,
                        old.consecutive_failures)
        try:
            await self._save_state(new)
        except Exception as exc:
            # Not fatal: in-memory state stays right; after a restart entries are re-sent.
            log.warning("poller: cannot store state of %s in %s: %s: %s", spec.url,
                        self.state_topic, type(exc).__name__, exc)

    async def _save_state(self, state: FeedState) -> None:
        assert self._producer is not None
        future = await self._producer.send(self.state_topic, value=orjson.dumps(to_dict(state)),
                                           key=state.feed_url.encode())
        await future


def restore_states(records: Sequence[tuple[bytes | None, bytes | None]]
                   ) -> dict[str, FeedState]:
    """Fold the state topic (oldest first) into the latest state per feed URL."""
    states: dict[str, FeedState] = {}
    for key, value in records:
        if key is None:
            continue
        url = key.decode("utf-8", "replace")
        if value is None:  # tombstone: the feed's state was deleted
            states.pop(url, None)
            continue
        try:
            state = from_dict(orjson.loads(value))
        except (orjson.JSONDecodeError, StateError) as exc:
            log.warning("poller: ignoring unreadable state record for %s: %s", url, exc)
            continue
        states[url] = state
    return states


async def read_state_topic(settings: Settings, topic: str, *, timeout: float = 30.0
                           ) -> list[tuple[bytes | None, bytes | None]]:
    """Read the (compacted) state topic from the beginning to its end, without a group."""
    from agents.kafka import read_to_end

    # A timeout only means entries may be sent again (consumers de-duplicate); a poller
    # that never starts loses news.
    return await read_to_end(settings, topic, timeout=timeout)
