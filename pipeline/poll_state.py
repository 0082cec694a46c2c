"""Per-feed poll state: HTTP validators, seen entries, failures and the next due time.

The poller keeps one ``FeedState`` per feed URL and writes it to the compacted topic
``<prefix>.feeds.state`` (key = feed URL) after the feed's new articles were
acknowledged, so de-duplication and backoff survive a restart. Times are wall-clock
epoch seconds because they are persisted and read back by another process.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

STATE_VERSION = 1
#: Entry ids remembered per feed; a feed showing more entries than this would re-send.
MAX_SEEN = 5000
#: Longest Retry-After honoured; a server asking for more is treated as asking for a day.
MAX_RETRY_AFTER = 86_400.0


class StateError(ValueError):
    """A stored state record cannot be read (the poller then starts that feed fresh)."""


@dataclass(frozen=True)
class FeedState:
    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    seen: tuple[str, ...] = ()  # article ids, oldest first, at most MAX_SEEN
    consecutive_failures: int = 0
    next_due: float = 0.0  # epoch seconds; 0 = poll now
    last_error: str | None = None
    last_success: float | None = None  # epoch seconds
    ttl_seconds: float | None = None  # publisher's RSS <ttl>, a lower bound on the interval

    @property
    def failing(self) -> bool:
        return self.consecutive_failures > 0

    def seen_set(self) -> frozenset[str]:
        return frozenset(self.seen)


def remember(seen: Iterable[str], ids: Iterable[str], limit: int = MAX_SEEN) -> tuple[str, ...]:
    """Append ``ids`` (moving already-known ones to the newest end) and keep the last ``limit``.

    Ids still listed by the feed are refreshed on every poll, so only entries that have
    left the feed age out of the bounded list.
    """
    order = dict.fromkeys(seen)
    for article_id in ids:
        order.pop(article_id, None)
        order[article_id] = None
    kept = tuple(order)
    return kept[-limit:] if limit > 0 else ()


def record_success(state: FeedState, *, entry_ids: Iterable[str], etag: str | None,
                   last_modified: str | None, now: float, ttl_seconds: float | None = None,
                   limit: int = MAX_SEEN) -> FeedState:
    """State after a poll that returned a feed (new or not): failures reset, ids remembered."""
    return dataclasses.replace(
        state,
        # Keep the old validator when the server stops sending one: still worth a try.
        etag=etag or state.etag,
        last_modified=last_modified or state.last_modified,
        seen=remember(state.seen, entry_ids, limit),
        consecutive_failures=0,
        last_error=None,
        last_success=now,
        ttl_seconds=ttl_seconds if ttl_seconds is not None else state.ttl_seconds,
    )


def record_not_modified(state: FeedState, *, etag: str | None, last_modified: str | None,
                        now: float) -> FeedState:
    """State after a 304: nothing new, but the feed is healthy (RFC 9111 validator update)."""
    return dataclasses.replace(state, etag=etag or state.etag,
                               last_modified=last_modified or state.last_modified,
                               consecutive_failures=0, last_error=None, last_success=now)


def record_failure(state: FeedState, *, error: str) -> FeedState:
    return dataclasses.replace(state, consecutive_failures=state.consecutive_failures + 1,
                               last_error=error[:500])


def next_delay(state: FeedState, base_interval: float, max_backoff: float,
               rng: random.Random, *, retry_after: float | None = None) -> float:
    """Seconds until the next poll of this feed.

    Healthy feeds: the base interval (at least the feed's <ttl>, at most max_backoff)
    with ±10 % jitter so feeds added together do not stay in lock-step.
    Failing feeds: exponential backoff with full jitter, ``uniform(0, min(max_backoff,
    base * 2**failures))`` — the ceiling doubles per failure, the randomness spreads
    retries. A server's Retry-After is a floor on either.
    """
    base = max(base_interval, 1.0)
    if state.ttl_seconds:
        base = max(base, min(state.ttl_seconds, max_backoff))
    if state.consecutive_failures <= 0:
        delay = base * rng.uniform(0.9, 1.1)
    else:
        exponent = min(state.consecutive_failures, 32)  # 2**32 * base already exceeds any cap
        ceiling = min(max_backoff, base * 2.0 ** exponent)
        delay = rng.uniform(0.0, ceiling)
        # Never hammer a failing server: wait at least a tenth of the base interval.
        delay = max(delay, min(base / 10, ceiling))
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return delay


# --------------------------------------------------------------------------- storage
def to_dict(state: FeedState) -> dict[str, Any]:
    d = dataclasses.asdict(state)
    d["seen"] = list(state.seen)
    d["state_version"] = STATE_VERSION
    return d


def from_dict(value: Any) -> FeedState:
    """Read a stored state; unknown keys are ignored so newer pollers can add fields."""
    if not isinstance(value, dict):
        raise StateError(f"feed state must be an object, got {type(value).__name__}")
    url = value.get("feed_url")
    if not isinstance(url, str) or not url:
        raise StateError("feed state has no feed_url")
    seen = value.get("seen") or []
    if not isinstance(seen, list) or not all(isinstance(x, str) for x in seen):
        raise StateError(f"feed state for {url}: 'seen' must be a list of strings")
    try:
        return FeedState(
            feed_url=url,
            etag=_opt_str(value, "etag"),
            last_modified=_opt_str(value, "last_modified"),
            seen=tuple(seen[-MAX_SEEN:]),
            consecutive_failures=int(value.get("consecutive_failures") or 0),
            next_due=float(value.get("next_due") or 0.0),
            last_error=_opt_str(value, "last_error"),
            last_success=(float(value["last_success"])
                          if value.get("last_success") is not None else None),
            ttl_seconds=(float(value["ttl_seconds"])
                         if value.get("ttl_seconds") is not None else None),
        )
    except (TypeError, ValueError) as exc:
        raise StateError(f"feed state for {url} has a bad number: {exc}") from None


def _opt_str(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise StateError(f"feed state field {key!r} must be a string")
    return value
