"""Hostile feeds against the real poller: each is refused in bounded time and memory,
its status says why, and a good feed polled alongside is still served.

Complements test_http_client.py (gzip bomb, oversized bodies, redirect loops, redirects to
private addresses, bad schemes at fetch level, slow server) and test_poller.py. Everything
is served from 127.0.0.1; private addresses are reached only through an in-memory
transport, so no packet ever leaves loopback.
"""

from __future__ import annotations

import logging
import resource
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from agents.poller import Poller
from pipeline.feedlist import FeedSpec
from pipeline.settings import Settings
from schemas.raw_article import RawArticle
from tests.agents.feed_server import FeedServer, running
from tests.agents.test_poller import RAW, STATE, FakeProducer

#: The acceptance bounds of issue 6.
MAX_SECONDS = 10.0
MAX_EXTRA_BYTES = 64 * 1024 * 1024
# Default body limit (10 MB). Timeouts are scaled down so the slow cases finish quickly:
# the whole-fetch deadline is connect + 2 x read = 4 s here (35 s with the defaults).
SETTINGS = Settings().with_overrides(allow_private_addresses=True, poll_interval=60.0,
                                     http_connect_timeout=1.0, http_read_timeout=1.5)
DEADLINE = SETTINGS.http_connect_timeout + 2 * SETTINGS.http_read_timeout

GOOD_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Good</title><link>https://good.example/</link>
<item><title>Port reopens after storm</title><link>https://good.example/a</link>
<description>The port reopened on Monday after the storm passed.</description></item>
<item><title>Talks resume in Geneva</title><link>https://good.example/b</link>
<description>Negotiators met again in Geneva on Tuesday.</description></item>
<item><title>Harvest forecast raised</title><link>https://good.example/c</link>
<description>The ministry raised its wheat harvest forecast.</description></item>
</channel></rss>"""
GOOD_ITEMS = 3


def _rss(prolog: str, text: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{prolog}\n<rss version="2.0"><channel><title>t</title>'
            f"<item><title>Headline {text}</title><link>https://evil.example/1</link>"
            f"<description>Body {text}</description></item></channel></rss>").encode()


def _billion_laughs() -> bytes:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return _rss("<!DOCTYPE rss [\n" + "\n".join(levels) + "\n]>", "&lol9;")


def _quadratic(refs: int = 1_500_000, size: int = 1000) -> bytes:
    # The declaration on its own line with a plain value: feedparser keeps it as "safe".
    return _rss(f'<!DOCTYPE rss [\n<!ENTITY a "{"A" * size}">\n]>', "&a;" * refs)


def _quadratic_hidden() -> bytes:
    # An entity value containing "<b" ends feedparser's DOCTYPE scan early, so its
    # regexes never see the declarations after it.
    return _rss('<!DOCTYPE rss [\n<!ENTITY x "<b/>">\n<!ENTITY a "' + "A" * 100
                + '">\n]>', "&a;" * 1_500_000)


def _deflate_bomb(megabytes: int) -> bytes:
    """Raw deflate of ``megabytes`` MiB of zeros, built from one repeated 1 MiB block."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = comp.compress(b"\0" * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(b"\0" * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor state is reset, so every later block is the same.
    return first + block * (megabytes - 2) + comp.compress(b"\0" * (1 << 20)) + comp.flush()


class Stop:
    """Ends the endless handlers when the test is over (their client may still hang on)."""

    def __init__(self) -> None:
        self.event = threading.Event()


@pytest.fixture()
def stop() -> Iterator[Stop]:
    s = Stop()
    yield s
    s.event.set()


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with running() as srv:
        srv.static("/good", GOOD_FEED, headers={"Content-Type": "application/rss+xml"})
        yield srv


@dataclass
class Outcome:
    poller: Poller
    producer: FakeProducer
    seconds: float
    traced_peak: int
    rss_growth: int
    good_done_at: float | None  # seconds after the start when the good feed's state was stored
    warnings: list[str]


class TimedProducer(FakeProducer):
    """Notes when each feed's state is stored, to show the good feed did not wait."""

    def __init__(self) -> None:
        super().__init__()
        self.started = time.monotonic()
        self.state_at: dict[bytes, float] = {}

    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None
                   ) -> Any:
        if topic == STATE and key is not None:
            self.state_at.setdefault(key, time.monotonic() - self.started)
        return await super().send(topic, value=value, key=key)


def _max_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


async def _poll(urls: list[str], caplog: pytest.LogCaptureFixture, *,
                settings: Settings = SETTINGS, **kw: Any) -> Outcome:
    """One poll of every URL, measured: wall time, traced peak and peak-RSS growth."""
    producer = TimedProducer()

    async def no_state() -> list[tuple[bytes | None, bytes | None]]:
        return []

    poller = Poller(settings, [FeedSpec(u) for u in urls], producer=producer,
                    state_reader=no_state, **kw)
    rss_before = _max_rss()
    tracemalloc.start()
    started = time.monotonic()
    try:
        with caplog.at_level(logging.WARNING, logger="agents.poller"):
            await poller.poll_once()
        seconds = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        await poller.close()
    good = next((t for k, t in producer.state_at.items() if k.endswith(b"/good")), None)
    return Outcome(poller, producer, seconds, peak, _max_rss() - rss_before, good,
                   [r.getMessage() for r in caplog.records])


def _assert_refused(out: Outcome, url: str, error: str, *, good_url: str | None) -> None:
    """The hostile feed failed with ``error`` in its state and in one warning line; the
    poll stayed within the time and memory bounds; the good feed was served."""
    # Shown with `pytest -s`: the figures for the reliability table.
    print(f"\n{url}: refused in {out.seconds:.2f} s, traced peak "
          f"{out.traced_peak / 2**20:.1f} MiB, peak RSS +{out.rss_growth / 2**20:.1f} MiB")
    assert out.seconds < MAX_SECONDS, f"took {out.seconds:.1f} s"
    assert out.traced_peak < MAX_EXTRA_BYTES, f"traced peak {out.traced_peak / 1e6:.0f} MB"
    assert out.rss_growth < MAX_EXTRA_BYTES, f"RSS grew {out.rss_growth / 1e6:.0f} MB"
    state = out.poller.states[url]
    assert state.consecutive_failures == 1, state
    assert error in (state.last_error or ""), state.last_error
    lines = [m for m in out.warnings if f"feed {url} is failing" in m]
    assert len(lines) == 1 and error in lines[0], out.warnings
    raw = out.producer.on(RAW)
    assert all(RawArticle.decode(v).feed_url != url for _, v in raw)  # nothing of it
    if good_url is not None:
        assert sum(RawArticle.decode(v).feed_url == good_url for _, v in raw) == GOOD_ITEMS
        assert out.poller.states[good_url].consecutive_failures == 0


# --------------------------------------------------------------------------- XML
@pytest.mark.parametrize(("name", "body", "error"), [
    ("billion-laughs", _billion_laughs(), "entity 'lol1' that refers to other entities"),
    ("quadratic", _quadratic(), "entity 'a' with a 1000-character value"),
    ("quadratic-hidden", _quadratic_hidden(), "entity 'a' with a 100-character value"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "")
async def test_xml_bombs_are_refused(server: FeedServer, caplog: pytest.LogCaptureFixture,
                                     name: str, body: bytes, error: str) -> None:
    assert len(body) < SETTINGS.http_max_body_bytes  # only the parser can stop these
    server.static(f"/{name}", body, headers={"Content-Type": "application/rss+xml"})
    url = server.url(f"/{name}")
    out = await _poll([url, server.url("/good")], caplog)
    _assert_refused(out, url, error, good_url=server.url("/good"))


async def test_external_entities_never_reach_an_article(
        server: FeedServer, caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a9c")
    server.static("/secret", b"REMOTE-SECRET-51d2e8")
    server.static("/evil.dtd", b'<!ENTITY leak "REMOTE-SECRET-51d2e8">')
    cases = {
        "/xxe-file": _rss(f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>',
                          "&xxe;"),
        "/xxe-http": _rss(f'<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM '
                          f'"{server.url("/secret")}">\n]>', "&xxe;"),
        "/xxe-param": _rss(f'<!DOCTYPE rss [\n<!ENTITY % dtd SYSTEM "{server.url("/evil.dtd")}">'
                           "\n%dtd;\n]>", "&leak;"),
        "/xxe-dtd": _rss(f'<!DOCTYPE rss SYSTEM "{secret.as_uri()}">', "plain"),
    }
    for path, body in cases.items():
        server.static(path, body)
    urls = [server.url(p) for p in cases]
    out = await _poll([*urls, server.url("/good")], caplog)
    for path, error in [("/xxe-file", "external entity 'xxe' (file://"),
                        ("/xxe-http", "external entity 'xxe' (http://127.0.0.1"),
                        ("/xxe-param", "parameter entity %dtd")]:
        _assert_refused(out, server.url(path), error, good_url=server.url("/good"))
    # An external DTD alone declares nothing here; it is never loaded, the feed parses.
    assert out.poller.states[server.url("/xxe-dtd")].consecutive_failures == 0
    everything = b"".join(v for _, _, v in out.producer.sent)
    assert b"TOP-SECRET" not in everything and b"REMOTE-SECRET" not in everything
    assert server.hits("/secret") == server.hits("/evil.dtd") == 0


# --------------------------------------------------------------------------- transfer
async def test_deflate_bomb_is_refused(server: FeedServer,
                                       caplog: pytest.LogCaptureFixture) -> None:
    bomb = _deflate_bomb(1024)  # 1 GiB of zeros in about 1 MB
    assert len(bomb) < 2 * 1024 * 1024
    server.static("/deflate", bomb, headers={"Content-Encoding": "deflate",
                                             "Content-Type": "application/rss+xml"})
    url = server.url("/deflate")
    out = await _poll([url, server.url("/good")], caplog)
    _assert_refused(out, url, "counted after decompression", good_url=server.url("/good"))


def _endless_chunked(stop: Stop) -> Any:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.protocol_version = "HTTP/1.1"
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        piece = b"<item><title>x</title></item>" * 2000
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        h.wfile.write(b'5\r\n<rss>\r\n')
        try:
            while not stop.event.is_set():
                h.wfile.write(chunk)
        except OSError:
            pass  # the client hung up: the refusal this test wants
    return route


def _slowloris(stop: Stop, *, in_headers: bool) -> Any:
    """A byte every second, forever: every per-read timeout is satisfied."""
    def route(h: BaseHTTPRequestHandler) -> None:
        try:
            if in_headers:
                h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                drip = b"a"
            else:
                h.send_response(200)
                h.send_header("Content-Type", "application/rss+xml")
                h.end_headers()
                h.wfile.write(b"<rss>")
                drip = b" "
            h.wfile.flush()
            while not stop.event.wait(1.0):
                h.wfile.write(drip)
                h.wfile.flush()
        except OSError:
            pass
    return route


async def test_endless_and_slow_responses_are_cut_off(
        server: FeedServer, caplog: pytest.LogCaptureFixture, stop: Stop) -> None:
    assert SETTINGS.http_read_timeout > 1.0  # the drip alone would never time out
    server.routes["/endless"] = _endless_chunked(stop)
    server.routes["/slow-body"] = _slowloris(stop, in_headers=False)
    server.routes["/slow-headers"] = _slowloris(stop, in_headers=True)
    urls = {p: server.url(p) for p in ("/endless", "/slow-body", "/slow-headers")}
    out = await _poll([*urls.values(), server.url("/good")], caplog)
    _assert_refused(out, urls["/endless"], "body exceeds the limit",
                    good_url=server.url("/good"))
    for path in ("/slow-body", "/slow-headers"):
        _assert_refused(out, urls[path], f"no complete response within {DEADLINE:g} s",
                        good_url=None)
    assert out.seconds >= DEADLINE - 0.5  # the slow ones really were held to the deadline
    # The good feed did not wait for the hostile ones (waiting would take the whole
    # deadline; half of it leaves room for a loaded machine, where 1 s once failed).
    assert out.good_done_at is not None and out.good_done_at < DEADLINE / 2


# --------------------------------------------------------------------------- addresses
@pytest.mark.parametrize("url", ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd",
                                 "gopher://127.0.0.1:70/1"])
async def test_non_http_schemes_are_refused(server: FeedServer,
                                            caplog: pytest.LogCaptureFixture, url: str) -> None:
    out = await _poll([url, server.url("/good")], caplog)
    _assert_refused(out, url, "only http and https feeds are fetched",
                    good_url=server.url("/good"))
    assert b"root:" not in b"".join(v for _, _, v in out.producer.sent)


class Network:
    """An in-memory internet: a resolver and a transport. Requests are recorded; nothing
    is sent, so a 'private' address can be tested without a packet going there."""

    names: ClassVar[dict[str, list[str]]] = {"news.test": ["93.184.216.34"],
                                             "intranet.test": ["10.0.0.1"]}

    def __init__(self) -> None:
        self.resolved: list[str] = []
        self.requests: list[httpx.Request] = []

    async def resolver(self, host: str, port: int) -> list[str]:
        self.resolved.append(host)
        return self.names.get(host, [host])  # a literal IP resolves to itself

    def client(self) -> httpx.AsyncClient:
        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(200, content=GOOD_FEED,
                                  headers={"Content-Type": "application/rss+xml"})
        return httpx.AsyncClient(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("private_url", ["http://10.0.0.1/feed", "http://intranet.test/feed"])
async def test_private_address_refused_by_default_before_any_connection(
        caplog: pytest.LogCaptureFixture, private_url: str) -> None:
    net = Network()
    strict = SETTINGS.with_overrides(allow_private_addresses=False)
    assert Settings().allow_private_addresses is False  # the default
    async with net.client() as client:
        out = await _poll([private_url, "http://news.test/good"], caplog, settings=strict,
                          http_client=client, resolver=net.resolver)
    _assert_refused(out, private_url, "non-public address 10.0.0.1; refusing",
                    good_url="http://news.test/good")
    assert "NEWSWIRE_ALLOW_PRIVATE_ADDRESSES" in out.poller.states[private_url].last_error
    assert [r.url.host for r in net.requests] == ["93.184.216.34"]  # only the good feed


@pytest.mark.parametrize("private_url", ["http://10.0.0.1/feed", "http://intranet.test/feed"])
async def test_private_address_allowed_by_the_setting(caplog: pytest.LogCaptureFixture,
                                                      private_url: str) -> None:
    net = Network()
    async with net.client() as client:
        out = await _poll([private_url], caplog, http_client=client, resolver=net.resolver)
    assert out.poller.states[private_url].consecutive_failures == 0
    assert [r.url.host for r in net.requests] == ["10.0.0.1"]  # pinned to the checked IP
    assert len(out.producer.on(RAW)) == GOOD_ITEMS


async def test_loopback_feed_refused_by_default_allowed_by_the_setting(
        server: FeedServer, caplog: pytest.LogCaptureFixture) -> None:
    url = server.url("/good")
    strict = SETTINGS.with_overrides(allow_private_addresses=False)
    out = await _poll([url], caplog, settings=strict)
    _assert_refused(out, url, "non-public address 127.0.0.1; refusing", good_url=None)
    assert server.hits("/good") == 0  # refused before connecting
    caplog.clear()
    out = await _poll([url], caplog)  # SETTINGS allow private addresses
    assert len(out.producer.on(RAW)) == GOOD_ITEMS and server.hits("/good") == 1


def test_default_settings_bound_a_whole_request_below_ten_seconds() -> None:
    """The issue's bound holds at the defaults, not only with the tests' short timeouts."""
    from agents.http_client import request_budget
    from pipeline.settings import Settings

    assert request_budget(Settings()) < 10
    # and it is the total deadline, not the per-read timeouts, that decides
    assert request_budget(Settings(http_total_timeout=3.0, http_read_timeout=30.0)) == 3.0
