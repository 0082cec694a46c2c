"""The worker's web pieces without a broker: readiness rules, the live feed, the map data,
and the HTTP endpoints (aiohttp test server)."""

from __future__ import annotations

import asyncio
import socket

import aiohttp

from agents.health import Health
from agents.livefeed import LiveFeed
from agents.web import WebServer
from agents.worldmap import decode_arcs, project, unwrap, world
from pipeline.settings import Settings

SETTINGS = Settings(broker="kafka://127.0.0.1:1", topic_prefix="t", ready_stall_seconds=60)
RAW = "t.articles.raw"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ready_health(clock: Clock) -> Health:
    return Health(SETTINGS, None, model_loaded=lambda: True, clock=clock, joined=True)


def test_not_ready_until_the_group_is_joined_and_the_model_loaded() -> None:
    clock = Clock()
    h = Health(SETTINGS, None, model_loaded=lambda: False, clock=clock)
    ready, details = h.check()
    assert not ready
    assert details["checks"]["joined_group"] is False
    assert details["checks"]["model_loaded"] is False
    h.joined, h.model_loaded = True, lambda: True
    assert h.check()[0]


def test_a_partition_with_lag_that_stops_advancing_fails_readiness_after_the_stall_time(
        ) -> None:
    clock = Clock()
    h = ready_health(clock)
    h.observe([(RAW, 0, 100, 40)])
    assert h.check()[0]
    clock.now += 30
    h.observe([(RAW, 0, 120, 60)])  # moving: fine however large the lag
    clock.now += 59
    h.observe([(RAW, 0, 130, 60)])
    assert h.check()[0]
    clock.now += 2  # 61 s without progress while 70 messages wait
    h.observe([(RAW, 0, 130, 60)])
    ready, details = h.check()
    assert not ready
    assert details["stalled_partitions"][f"{RAW}/0"]["lag"] == 70
    h.observe([(RAW, 0, 130, 61)])
    assert h.check()[0]


def test_an_idle_partition_without_lag_never_counts_as_stalled() -> None:
    clock = Clock()
    h = ready_health(clock)
    h.observe([(RAW, 1, 50, 50)])
    clock.now += 3600
    h.observe([(RAW, 1, 50, 50)])
    assert h.check()[0]
    assert h.check()[1]["lag"] == 0


def _event(n: int, story: str = "st_a", **extra: object) -> dict[str, object]:
    return {"event_id": f"ev_{n}", "story_id": story, "type": "AGREE", "quad_class": 1,
            "source": {"name": "Kenya", "country": "KEN"}, "target": None,
            "location": {"name": "Nairobi", "country": "KEN", "lat": -1.28, "lon": 36.8},
            "evidence": {"sentence": "Kenya signed."}, "quantities": [], **extra}


async def test_live_feed_deduplicates_counts_mentions_and_pushes_to_subscribers() -> None:
    feed = LiveFeed(SETTINGS)
    feed.on_event(_event(1), 1_000)
    queue, backlog = feed.subscribe()
    assert [e["event_id"] for e in backlog] == ["ev_1"]
    feed.on_event(_event(1), 1_000)  # redelivered: ignored
    feed.on_event(_event(2), 2_000)
    kind, data = queue.get_nowait()
    assert (kind, data["event_id"], data["mentions"]) == ("event", "ev_2", 2)
    assert queue.empty()
    feed.on_story({"story_id": "st_a", "num_mentions": 7})
    assert queue.get_nowait() == ("story", {"story_id": "st_a", "mentions": 7})
    feed.on_event(_event(3), 3_000)  # the stories topic is authoritative once seen
    assert queue.get_nowait()[1]["mentions"] == 7
    feed.close_subscribers()
    assert queue.get_nowait() is None


def test_world_map_has_the_countries_and_centres_in_range() -> None:
    paths, centres = world()
    assert paths.count("<path") > 150
    assert 'data-country="UKR"' in paths
    lat, lon = centres["KEN"]
    assert -5 < lat < 5 and 33 < lon < 42
    assert 100 < centres["RUS"][1] < 120  # not pulled to 0° by the antimeridian
    assert project(-180, 90) == (0, 0) and project(180, -90) == (960, 480)


def test_a_ring_across_the_antimeridian_is_drawn_twice_without_a_stripe() -> None:
    ring = [(179.0, 10.0), (-179.0, 10.0), (-179.0, 11.0), (179.0, 11.0), (179.0, 10.0)]
    copies = unwrap(ring)
    assert len(copies) == 2
    for copy in copies:
        lons = [lon for lon, _ in copy]
        assert max(lons) - min(lons) < 5
    assert decode_arcs({"transform": {"scale": [1, 1], "translate": [0, 0]},
                        "arcs": [[[1, 2], [3, 4]]]}) == [[(1, 2), (4, 6)]]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_endpoints_answer_health_readiness_metrics_page_and_sse() -> None:
    settings = SETTINGS.with_overrides(web_port=_port())
    health = Health(settings, None, model_loaded=lambda: True)
    feed = LiveFeed(settings)
    feed.on_event(_event(1), 1_000)
    server = WebServer(settings, health, feed)
    await server.start()
    try:
        base = server.url
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "healthz") as r:
                assert r.status == 200
            async with http.get(base + "readyz") as r:
                assert r.status == 503  # not joined yet
                assert (await r.json())["checks"]["joined_group"] is False
            health.joined = True
            async with http.get(base + "readyz") as r:
                assert r.status == 200
            async with http.get(base + "metrics") as r:
                text = await r.text()
                assert "newswire_consumer_lag_messages" in text
                assert "newswire_feeds_polled_total" in text
            async with http.get(base) as r:
                html = await r.text()
                assert "<svg id=\"map\"" in html and "NEWSWIRE_CENTRES" in html
                assert "http://" not in html.split("<footer>")[0].replace(
                    "http://www.w3.org", "")  # nothing fetched from elsewhere
            async with http.get(base + "api/stream") as r:
                assert r.headers["Content-Type"].startswith("text/event-stream")
                first = await asyncio.wait_for(r.content.readuntil(b"\n\n"), 5)
                assert b"event: event" in first and b"ev_1" in first
                ready = await asyncio.wait_for(r.content.readuntil(b"\n\n"), 5)
                assert b"event: ready" in ready
                feed.on_event(_event(2), 2_000)
                live = await asyncio.wait_for(r.content.readuntil(b"\n\n"), 5)
                assert b"ev_2" in live
    finally:
        await server.stop()
