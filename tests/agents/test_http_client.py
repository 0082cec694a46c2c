"""fetch() against a real local HTTP server: conditional GET, limits, redirects, SSRF."""

from __future__ import annotations

import gzip
import re
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from agents.http_client import (
    ACCEPT,
    BadScheme,
    BlockedAddress,
    BodyTooLarge,
    FetchTimeout,
    HttpStatusError,
    RedirectLoop,
    TooManyRedirects,
    address_blocked,
    fetch,
    make_client,
    parse_retry_after,
)
from pipeline.settings import Settings
from tests.agents.feed_server import REAL_FEEDS, FeedServer, running

LIMIT = 256 * 1024
SETTINGS = Settings().with_overrides(allow_private_addresses=True, http_max_body_bytes=LIMIT,
                                     http_connect_timeout=1.0, http_read_timeout=0.5,
                                     http_max_redirects=3)


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    if not REAL_FEEDS.exists():
        pytest.skip(f"feed samples not available at {REAL_FEEDS}")
    with running() as srv:
        yield srv


@pytest.fixture()
async def client() -> httpx.AsyncClient:
    async with make_client(SETTINGS) as c:
        yield c


async def test_fetch_sends_honest_headers_and_returns_body(server: FeedServer,
                                                           client: httpx.AsyncClient) -> None:
    body = server.feed_file("/feed", "guardian-us.rss2.xml",
                            headers={"Content-Type": "application/rss+xml; charset=utf-8",
                                     "Last-Modified": "Wed, 31 Jan 2018 08:00:00 GMT"},
                            etag='"g1"')
    result = await fetch(client, server.url("/feed"), etag=None, last_modified=None,
                         settings=SETTINGS)
    assert result.status == 200 and not result.not_modified
    assert result.body == body
    assert result.etag == '"g1"' and result.last_modified.startswith("Wed, 31 Jan 2018")
    assert result.content_type.startswith("application/rss+xml")
    assert result.final_url == server.url("/feed")
    _, headers = server.requests[-1]
    assert headers["user-agent"] == SETTINGS.user_agent
    assert headers["accept"] == ACCEPT and "application/feed+json" in ACCEPT
    assert "if-none-match" not in headers


async def test_conditional_get_gives_not_modified(server: FeedServer,
                                                  client: httpx.AsyncClient) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml", etag='"v1"')
    first = await fetch(client, server.url("/feed"), etag=None, last_modified=None,
                        settings=SETTINGS)
    second = await fetch(client, server.url("/feed"), etag=first.etag,
                         last_modified="Mon, 01 Jan 2018 00:00:00 GMT", settings=SETTINGS)
    assert second.status == 304 and second.not_modified and second.body == b""
    assert second.etag == '"v1"'
    _, headers = server.requests[-1]
    assert headers["if-none-match"] == '"v1"'
    assert headers["if-modified-since"] == "Mon, 01 Jan 2018 00:00:00 GMT"


async def test_declared_body_over_limit_is_refused(server: FeedServer,
                                                   client: httpx.AsyncClient) -> None:
    server.static("/big", b"x" * (LIMIT + 1))
    with pytest.raises(BodyTooLarge, match="Content-Length 262145"):
        await fetch(client, server.url("/big"), etag=None, last_modified=None,
                    settings=SETTINGS)


async def test_undeclared_body_over_limit_is_refused(server: FeedServer,
                                                     client: httpx.AsyncClient) -> None:
    server.static("/stream", b"<rss>" + b"x" * (LIMIT * 2), content_length=False)
    with pytest.raises(BodyTooLarge, match="after decompression"):
        await fetch(client, server.url("/stream"), etag=None, last_modified=None,
                    settings=SETTINGS)


async def test_body_at_limit_is_accepted(server: FeedServer, client: httpx.AsyncClient
                                         ) -> None:
    server.static("/exact", b"x" * LIMIT)
    result = await fetch(client, server.url("/exact"), etag=None, last_modified=None,
                         settings=SETTINGS)
    assert len(result.body) == LIMIT


async def test_gzip_bomb_is_refused(server: FeedServer, client: httpx.AsyncClient) -> None:
    bomb = gzip.compress(b"\0" * (16 * 1024 * 1024))
    assert len(bomb) < LIMIT  # small on the wire, so only the decompressed count stops it
    server.static("/bomb", bomb, headers={"Content-Encoding": "gzip",
                                          "Content-Type": "application/rss+xml"})
    with pytest.raises(BodyTooLarge):
        await fetch(client, server.url("/bomb"), etag=None, last_modified=None,
                    settings=SETTINGS)


async def test_gzip_feed_is_decompressed(server: FeedServer, client: httpx.AsyncClient
                                         ) -> None:
    raw = (REAL_FEEDS / "heise-developer.atom.xml").read_bytes()
    server.static("/gz", gzip.compress(raw), headers={"Content-Encoding": "gzip"})
    result = await fetch(client, server.url("/gz"), etag=None, last_modified=None,
                         settings=SETTINGS)
    assert result.body == raw


async def test_redirects_are_followed_and_final_url_reported(server: FeedServer,
                                                             client: httpx.AsyncClient) -> None:
    server.feed_file("/new", "heise-developer.atom.xml")
    server.redirect("/old", "/mid", status=301)
    server.redirect("/mid", server.url("/new"), status=308)
    result = await fetch(client, server.url("/old"), etag=None, last_modified=None,
                         settings=SETTINGS)
    assert result.final_url == server.url("/new") and result.permanent_redirect
    assert server.hits("/old") == server.hits("/mid") == server.hits("/new") == 1


async def test_redirect_loop_is_refused(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(RedirectLoop, match="redirect loop"):
        await fetch(client, server.url("/a"), etag=None, last_modified=None,
                    settings=SETTINGS)
    assert server.hits("/a") == 1 and server.hits("/b") == 1


async def test_too_many_redirects(server: FeedServer, client: httpx.AsyncClient) -> None:
    for i in range(10):
        server.redirect(f"/r{i}", f"/r{i + 1}")
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        await fetch(client, server.url("/r0"), etag=None, last_modified=None,
                    settings=SETTINGS)
    assert server.hits("/r4") == 0


async def test_redirect_to_other_scheme_is_refused(server: FeedServer,
                                                   client: httpx.AsyncClient) -> None:
    server.redirect("/x", "file:///etc/passwd")
    with pytest.raises(BadScheme, match="only http and https"):
        await fetch(client, server.url("/x"), etag=None, last_modified=None,
                    settings=SETTINGS)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/feed",
                                 "gopher://x/", "/relative"])
async def test_bad_schemes(client: httpx.AsyncClient, url: str) -> None:
    with pytest.raises(BadScheme):
        await fetch(client, url, etag=None, last_modified=None, settings=SETTINGS)


async def test_loopback_refused_unless_allowed(server: FeedServer,
                                               client: httpx.AsyncClient) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml")
    strict = SETTINGS.with_overrides(allow_private_addresses=False)
    with pytest.raises(BlockedAddress, match=re.escape("127.0.0.1")):
        await fetch(client, server.url("/feed"), etag=None, last_modified=None,
                    settings=strict)
    assert server.hits("/feed") == 0  # refused before any connection


async def test_redirect_to_private_address_is_refused() -> None:
    """Hop 1 is a 'public' host that redirects to a name resolving to 10.0.0.1.

    The network is an httpx MockTransport, so no packet is sent to either address.
    """
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://intranet.test/admin"})

    names = {"feeds.test": ["93.184.216.34"], "intranet.test": ["10.0.0.1"]}

    async def resolver(host: str, port: int) -> list[str]:
        return names[host]

    strict = SETTINGS.with_overrides(allow_private_addresses=False)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as mock:
        with pytest.raises(BlockedAddress, match=re.escape(
                "intranet.test resolves to non-public address 10.0.0.1")):
            await fetch(mock, "http://feeds.test/rss", etag=None, last_modified=None,
                        settings=strict, resolver=resolver)
    assert len(seen) == 1
    # the request was pinned to the checked IP, with the real name in Host
    assert seen[0].url.host == "93.184.216.34" and seen[0].headers["host"] == "feeds.test"


async def test_mixed_public_and_private_answer_is_refused(client: httpx.AsyncClient) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "169.254.169.254"]

    with pytest.raises(BlockedAddress, match=re.escape("169.254.169.254")):
        await fetch(client, "http://rebind.test/", etag=None, last_modified=None,
                    settings=SETTINGS.with_overrides(allow_private_addresses=False),
                    resolver=resolver)


async def test_resolver_is_used_and_host_header_kept(server: FeedServer,
                                                     client: httpx.AsyncClient) -> None:
    server.feed_file("/feed", "bbc-urdu.rss2.xml")

    async def resolver(host: str, port: int) -> list[str]:
        assert host == "feeds.test"
        return ["127.0.0.1"]

    result = await fetch(client, f"http://feeds.test:{server.port}/feed", etag=None,
                         last_modified=None, settings=SETTINGS, resolver=resolver)
    assert result.status == 200
    assert result.final_url == f"http://feeds.test:{server.port}/feed"
    assert server.requests[-1][1]["host"] == f"feeds.test:{server.port}"


@pytest.mark.parametrize(("ip", "blocked"), [
    ("127.0.0.1", True), ("10.0.0.1", True), ("192.168.1.1", True), ("172.16.0.1", True),
    ("169.254.169.254", True), ("100.64.0.1", True), ("0.0.0.0", True), ("224.0.0.1", True),
    ("::1", True), ("fe80::1%eth0", True), ("::ffff:127.0.0.1", True), ("fc00::1", True),
    ("240.0.0.1", True), ("93.184.216.34", False), ("2606:4700::6810:85e5", False),
    ("garbage", True),
])
def test_address_blocked(ip: str, blocked: bool) -> None:
    assert address_blocked(ip) is blocked


async def test_error_status_with_retry_after(server: FeedServer,
                                             client: httpx.AsyncClient) -> None:
    server.static("/busy", b"slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(HttpStatusError, match="HTTP 429") as info:
        await fetch(client, server.url("/busy"), etag=None, last_modified=None,
                    settings=SETTINGS)
    assert info.value.status == 429 and info.value.retry_after == 120.0


def test_parse_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 90))
    assert parse_retry_after(date, now=now) == pytest.approx(90)
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


async def test_slow_server_times_out(server: FeedServer, client: httpx.AsyncClient) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(1.5)
        h.send_response(200)
        h.end_headers()

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="timed out"):
        await fetch(client, server.url("/slow"), etag=None, last_modified=None,
                    settings=SETTINGS)
    assert time.monotonic() - started < 1.4
