"""The normalize agent's exact-duplicate table forgets content after dedup_window_hours."""

from __future__ import annotations

from typing import Any

import orjson

from agents.normalize import SEEN_SWEEP_EVERY, parse_seen, seen_value
from tests.agents.test_agents import RAW, SETTINGS, agent, app_and_topics  # noqa: F401

WINDOW = SETTINGS.dedup_window_hours * 3600.0
T0 = 1_800_000_000.0


def _copy(article_id: str) -> bytes:
    # Same text as RAW, so the same content hash: an exact duplicate.
    return orjson.dumps({**RAW, "article_id": article_id})


def test_seen_value_round_trip_and_old_format() -> None:
    assert parse_seen(seen_value("ar_1", T0, 3)) == ("ar_1", T0, 3)
    assert parse_seen("ar_1") == ("ar_1", 0.0, -1)  # written before expiry: expired
    assert parse_seen(None) is None


async def test_exact_duplicate_entries_expire_after_the_window(
        app_and_topics: Any) -> None:  # noqa: F811
    app, _, sent = app_and_topics
    seen = app.tables["seen-content"]
    async with agent(app, "normalize").test_context() as a:
        await a.put(orjson.dumps(RAW), key=b"ar_1", timestamp=T0, partition=0)
        assert len(seen) == 1
        (value,) = seen.values()
        assert parse_seen(value) == ("ar_1", T0, 0)
        # Inside the window: a duplicate of ar_1.
        await a.put(_copy("ar_2"), key=b"ar_2", timestamp=T0 + WINDOW - 60, partition=0)
        # Past the window: the sweep drops ar_1's entry, ar_3 is new content again.
        later = T0 + WINDOW + SEEN_SWEEP_EVERY + 1
        await a.put(_copy("ar_3"), key=b"ar_3", timestamp=later, partition=0)
        assert [parse_seen(v)[:2] for v in seen.values()] == [("ar_3", later)]
        # A replay of the same record sweeps nothing more and writes nothing new.
        await a.put(_copy("ar_3"), key=b"ar_3", timestamp=later, partition=0)
        assert len(seen) == 1
    coded = {k: orjson.loads(v) for k, v in sent["coded"]}
    assert coded[b"ar_2"]["duplicate_of"] == "ar_1"
    assert [k for k, _ in sent["clean"]] == [b"ar_1", b"ar_3", b"ar_3"]


async def test_the_sweep_keeps_entries_of_other_partitions(app_and_topics: Any  # noqa: F811
                                                           ) -> None:
    app, _, _ = app_and_topics
    seen = app.tables["seen-content"]
    async with agent(app, "normalize").test_context() as a:
        await a.put(orjson.dumps(RAW), key=b"ar_1", timestamp=T0, partition=0)
        other = {**RAW, "article_id": "ar_9", "text": "Rain fell on the capital all day."}
        later = T0 + WINDOW + SEEN_SWEEP_EVERY + 1
        await a.put(orjson.dumps(other), key=b"ar_9", timestamp=later, partition=1)
        # Partition 1's sweep must not delete partition 0's key (its changelog would
        # bring it back); partition 0's next event deletes it.
        assert sorted(parse_seen(v)[0] for v in seen.values()) == ["ar_1", "ar_9"]
        third = {**RAW, "article_id": "ar_5", "text": "Snow closed the pass overnight."}
        await a.put(orjson.dumps(third), key=b"ar_5", timestamp=later, partition=0)
        assert sorted(parse_seen(v)[0] for v in seen.values()) == ["ar_5", "ar_9"]
