"""Poller against a real local HTTP server, with a fake producer instead of a broker."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from agents.poller import Poller
from pipeline.feedlist import FeedSpec
from pipeline.feeds import parse_feed
from pipeline.settings import Settings
from schemas.raw_article import RawArticle
from tests.agents.feed_server import REAL_FEEDS, FeedServer, running

SETTINGS = Settings().with_overrides(allow_private_addresses=True, poll_interval=60.0,
                                     poll_max_backoff=1000.0, http_read_timeout=2.0)
RAW = SETTINGS.topic("articles.raw")
STATE = SETTINGS.topic("feeds.state")


class FakeProducer:
    """Records sends in order; ``fail`` makes every send raise like a broker outage."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes]] = []
        self.fail = False
        self.stopped = False

    async def start(self) -> None:
        raise AssertionError("an injected producer is started by its owner")

    async def stop(self) -> None:
        self.stopped = True

    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None
                   ) -> asyncio.Future[Any]:
        if self.fail:
            raise ConnectionError("broker unavailable")
        assert value is not None and key is not None
        self.sent.append((topic, key, value))
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future

    def on(self, topic: str) -> list[tuple[bytes, bytes]]:
        return [(k, v) for t, k, v in self.sent if t == topic]

    def state_reader(self) -> Any:
        async def read() -> list[tuple[bytes | None, bytes | None]]:
            return list(self.on(STATE))
        return read


class MaxRng:
    """rng whose uniform() returns the upper bound: backoff delays become their ceilings."""

    def uniform(self, a: float, b: float) -> float:
        return b


class FakeClock:
    def __init__(self, t: float = 1_800_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    if not REAL_FEEDS.exists():
        pytest.skip(f"feed samples not available at {REAL_FEEDS}")
    with running() as srv:
        yield srv


def _poller(feeds: list[FeedSpec], producer: FakeProducer, **kw: Any) -> Poller:
    kw.setdefault("state_reader", producer.state_reader())
    return Poller(SETTINGS, feeds, producer=producer, **kw)


def _expected_ids(name: str, url: str) -> list[str]:
    body = (REAL_FEEDS / name).read_bytes()
    feed = parse_feed(body, feed_url=url, content_type=None, now=datetime.now(UTC))
    return [a.article_id for a in feed.articles]


async def test_poll_once_produces_every_entry_then_state(server: FeedServer) -> None:
    server.feed_file("/guardian", "guardian-us.rss2.xml", etag='"g1"')
    server.feed_file("/df.json", "daringfireball.jsonfeed10.json",
                     headers={"Content-Type": "application/feed+json"})
    feeds = [FeedSpec(server.url("/guardian")), FeedSpec(server.url("/df.json"))]
    producer = FakeProducer()
    async with _poller(feeds, producer) as poller:
        new = await poller.poll_once()
    assert not producer.stopped  # an injected producer belongs to the caller
    raw = producer.on(RAW)
    assert new == len(raw) == 55 + 48
    assert poller.entries_new == 103 and poller.polled == 2 and poller.failed == 0
    for key, value in raw:
        assert key == RawArticle.decode(value).article_id.encode()
    assert {k.decode() for k, _ in raw} == set(
        _expected_ids("guardian-us.rss2.xml", server.url("/guardian"))
        + _expected_ids("daringfireball.jsonfeed10.json", server.url("/df.json")))
    # each feed's state is written after all of that feed's articles
    for feed in feeds:
        positions = [i for i, (t, k, v) in enumerate(producer.sent)
                     if t == RAW and RawArticle.decode(v).feed_url == feed.url]
        state_at = producer.sent.index(
            next(m for m in producer.sent if m[0] == STATE and m[1] == feed.url.encode()))
        assert positions and state_at > max(positions)
    state = orjson.loads(dict(producer.on(STATE))[feeds[0].url.encode()])
    assert state["etag"] == '"g1"' and len(state["seen"]) == 55


async def test_second_poll_is_conditional_and_sends_nothing_new(server: FeedServer) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml", etag='"u1"')
    producer = FakeProducer()
    async with _poller([FeedSpec(server.url("/feed"))], producer) as poller:
        assert await poller.poll_once() == 26
        assert await poller.poll_once() == 0
    assert poller.not_modified == 1
    assert server.requests[-1][1]["if-none-match"] == '"u1"'
    assert len(producer.on(RAW)) == 26


async def test_dedup_survives_restart(server: FeedServer) -> None:
    # No ETag: the server sends the full feed every time, so only the seen ids stop resends.
    server.feed_file("/feed", "heise-developer.atom.xml")
    feeds = [FeedSpec(server.url("/feed"))]
    first = FakeProducer()
    async with _poller(feeds, first) as poller:
        assert await poller.poll_once() == 15

    second = FakeProducer()  # a new process: state comes back from the state topic
    async with _poller(feeds, second, state_reader=first.state_reader()) as restarted:
        assert await restarted.poll_once() == 0
    assert restarted.entries_seen == 15 and second.on(RAW) == []

    # Control: without the restored state the same poll would re-send everything.
    async def empty() -> list[tuple[bytes | None, bytes | None]]:
        return []

    third = FakeProducer()
    async with _poller(feeds, third, state_reader=empty) as amnesiac:
        assert await amnesiac.poll_once() == 15


async def test_only_new_entries_are_sent(server: FeedServer) -> None:
    body = (REAL_FEEDS / "github-commits.atom.xml").read_bytes()
    # drop the first <entry> for the first poll: it "appears" on the second poll
    start = body.index(b"<entry>")
    end = body.index(b"</entry>", start) + len(b"</entry>")
    server.static("/feed", body[:start] + body[end:])
    producer = FakeProducer()
    async with _poller([FeedSpec(server.url("/feed"))], producer) as poller:
        assert await poller.poll_once() == 19
        server.static("/feed", body)
        assert await poller.poll_once() == 1
    assert poller.entries_seen == 19
    assert len({k for k, _ in producer.on(RAW)}) == 20


async def test_backoff_grows_on_failure_and_recovery_is_logged_once(
        server: FeedServer, caplog: pytest.LogCaptureFixture) -> None:
    server.static("/feed", b"oops", status=500)
    clock = FakeClock()
    producer = FakeProducer()
    feeds = [FeedSpec(server.url("/feed"))]
    poller = _poller(feeds, producer, clock=clock, rng=MaxRng())
    delays = []
    with caplog.at_level(logging.DEBUG, logger="agents.poller"):
        for _ in range(6):
            await poller.poll_once()
            delays.append(poller.states[feeds[0].url].next_due - clock.t)
        failing_lines = [r for r in caplog.records
                         if r.levelno >= logging.WARNING and "is failing" in r.message]
        assert len(failing_lines) == 1 and "HTTP 500" in failing_lines[0].message
        server.feed_file("/feed", "bbc-urdu.rss2.xml")
        assert await poller.poll_once() == 26
    await poller.close()
    # ceilings: min(1000, 60 * 2**n)
    assert delays == [120.0, 240.0, 480.0, 960.0, 1000.0, 1000.0]
    assert poller.failed == 6
    assert poller.states[feeds[0].url].consecutive_failures == 0
    assert any("recovered after 6 failed polls" in r.message for r in caplog.records)
    # no traceback per retry
    assert not any(r.exc_info for r in caplog.records)


async def test_retry_after_is_honoured(server: FeedServer) -> None:
    server.static("/feed", b"busy", status=503, headers={"Retry-After": "900"})
    clock = FakeClock()
    poller = _poller([FeedSpec(server.url("/feed"))], FakeProducer(), clock=clock,
                     rng=MaxRng())
    await poller.poll_once()
    await poller.close()
    assert poller.states[server.url("/feed")].next_due - clock.t == 900.0


async def test_html_instead_of_feed_is_a_failure_not_a_crash(server: FeedServer) -> None:
    server.feed_file("/feed", "marketwatch.html-instead-of-feed.xml",
                     headers={"Content-Type": "text/html"})
    server.feed_file("/ok", "bbc-urdu.rss2.xml")
    poller = _poller([FeedSpec(server.url("/feed")), FeedSpec(server.url("/ok"))],
                     FakeProducer())
    assert await poller.poll_once() == 26
    await poller.close()
    state = poller.states[server.url("/feed")]
    assert state.consecutive_failures == 1 and "HTML page" in (state.last_error or "")


async def test_produce_failure_does_not_advance_state(server: FeedServer) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml", etag='"e"')
    producer = FakeProducer()
    producer.fail = True
    poller = _poller([FeedSpec(server.url("/feed"))], producer)
    assert await poller.poll_once() == 0
    assert poller.produce_errors == 1
    assert poller.states[server.url("/feed")].etag is None  # no 304 next time: re-fetch
    producer.fail = False
    assert await poller.poll_once() == 26  # re-sent, nothing lost
    await poller.close()


async def test_run_stops_after_idle(server: FeedServer) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml")
    producer = FakeProducer()
    poller = _poller([FeedSpec(server.url("/feed"), interval=3600)], producer)
    await asyncio.wait_for(poller.run(stop_after_idle=0.3), timeout=10)
    await poller.close()
    assert len(producer.on(RAW)) == 26 and poller.polled == 1
