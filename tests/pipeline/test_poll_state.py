"""Poll state: bounded seen ids, backoff with jitter, Retry-After, round trip."""

from __future__ import annotations

import random
from statistics import mean

import pytest

from pipeline.poll_state import (
    MAX_SEEN,
    FeedState,
    StateError,
    from_dict,
    next_delay,
    record_failure,
    record_not_modified,
    record_success,
    remember,
    to_dict,
)


def test_remember_is_bounded_and_refreshes_known_ids() -> None:
    seen = remember((), [f"id{i}" for i in range(10)], limit=5)
    assert seen == ("id5", "id6", "id7", "id8", "id9")
    # id5 is still in the feed: it moves to the newest end and survives the next trim
    seen = remember(seen, ["id5", "new"], limit=5)
    assert seen == ("id7", "id8", "id9", "id5", "new")


def test_default_limit() -> None:
    seen = remember((), (str(i) for i in range(MAX_SEEN + 100)))
    assert len(seen) == MAX_SEEN and seen[-1] == str(MAX_SEEN + 99)


def test_success_resets_failures_and_keeps_validators() -> None:
    s = FeedState("https://a.example/feed", etag='"v1"', last_modified="Mon")
    s = record_failure(record_failure(s, error="boom"), error="boom again")
    assert s.consecutive_failures == 2 and s.failing and s.last_error == "boom again"
    s = record_success(s, entry_ids=["a", "b"], etag=None, last_modified="Tue", now=100.0)
    assert s.consecutive_failures == 0 and not s.failing and s.last_error is None
    assert s.etag == '"v1"' and s.last_modified == "Tue" and s.seen == ("a", "b")
    s = record_not_modified(record_failure(s, error="x"), etag='"v2"', last_modified=None,
                            now=200.0)
    assert s.etag == '"v2"' and s.last_modified == "Tue" and s.last_success == 200.0
    assert not s.failing


def test_healthy_delay_is_jittered_base_interval() -> None:
    rng = random.Random(1)
    delays = [next_delay(FeedState("u"), 300, 3600, rng) for _ in range(200)]
    assert all(270 <= d <= 330 for d in delays)
    assert len({round(d, 3) for d in delays}) > 100  # actually jittered


def test_ttl_raises_the_interval_but_not_past_max_backoff() -> None:
    rng = random.Random(2)
    assert next_delay(FeedState("u", ttl_seconds=900), 300, 3600, rng) >= 900 * 0.9
    assert next_delay(FeedState("u", ttl_seconds=10**6), 300, 3600, rng) <= 3600 * 1.1


def test_backoff_grows_with_failures_and_is_capped() -> None:
    rng = random.Random(3)
    state = FeedState("u")
    means = []
    for _ in range(8):
        state = record_failure(state, error="x")
        samples = [next_delay(state, 60, 1000, rng) for _ in range(400)]
        assert all(6 <= d <= 1000 for d in samples)  # floor base/10, cap max_backoff
        means.append(mean(samples))
    # full jitter: mean ≈ ceiling / 2 with ceiling = min(1000, 60 * 2**n)
    assert means[0] < means[1] < means[2] < means[3]
    assert means[0] == pytest.approx(60, rel=0.15)
    assert means[3] == pytest.approx(500, rel=0.15)
    assert means[7] == pytest.approx(500, rel=0.15)


def test_retry_after_is_a_floor() -> None:
    rng = random.Random(4)
    failing = record_failure(FeedState("u"), error="429")
    assert next_delay(failing, 60, 3600, rng, retry_after=7200) == 7200
    assert next_delay(failing, 60, 3600, rng, retry_after=10**9) == 86_400  # capped


def test_dict_round_trip() -> None:
    s = FeedState("https://a.example/feed", etag='"e"', last_modified="Mon", seen=("a", "b"),
                  consecutive_failures=3, next_due=123.5, last_error="HTTP 500",
                  last_success=99.0, ttl_seconds=900.0)
    d = to_dict(s)
    assert d["state_version"] == 1 and d["seen"] == ["a", "b"]
    assert from_dict(d) == s
    assert from_dict({**d, "future_field": 1}) == s


@pytest.mark.parametrize("bad", [
    [], {"seen": []}, {"feed_url": "u", "seen": "abc"}, {"feed_url": "u", "seen": [1]},
    {"feed_url": "u", "next_due": "soon"}, {"feed_url": "u", "etag": 5},
])
def test_from_dict_rejects_bad_records(bad: object) -> None:
    with pytest.raises(StateError):
        from_dict(bad)
