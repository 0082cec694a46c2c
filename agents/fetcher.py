"""Polite article-page fetching: robots.txt, per-host turns, Retry-After, conditional GET.

Every request goes through the poller's hardened client (``agents.http_client.fetch``):
SSRF guard on every redirect hop, body cap after decompression, whole-fetch time budget.
On top of it, per host (scheme + authority):

- robots.txt, fetched through the same client, parsed with ``urllib.robotparser`` and
  cached for ``fetch_robots_ttl`` (RFC 9309: a 4xx robots.txt allows everything, an
  unreachable one forbids everything for a while);
- at most ``fetch_per_host`` requests in flight and ``fetch_host_delay`` seconds between
  request starts (a robots.txt ``Crawl-delay`` raises it, up to a cap);
- a 429/503 ``Retry-After`` pauses the host; an article waits for it only up to
  ``fetch_max_wait``, else it falls back at once;
- ETag / Last-Modified of recent pages are kept so a re-fetch is a cheap 304.

``PageFetcher.process`` never raises for a page problem: it returns the article with
``text_source`` set, and with a readable ``fetch_reason`` when it fell back to the summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import time
import urllib.robotparser
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from agents.http_client import (
    BadScheme,
    BlockedAddress,
    BodyTooLarge,
    FetchError,
    HttpStatusError,
    Resolver,
    address_blocked,
    fetch,
    make_client,
    request_budget,
    system_resolver,
)
from pipeline import __version__
from pipeline.fetch import (
    FetchPolicy,
    feed_text,
    fetchable_url,
    page_text,
    page_unusable,
    page_wanted,
    summary_fallback,
)
from pipeline.page_extract import PageText, decode_html, extract_page
from pipeline.settings import Settings
from schemas import RawArticle

log = logging.getLogger(__name__)

HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
#: The product token robots.txt groups are matched against (``User-agent: newswire``).
ROBOTS_AGENT = "newswire"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RETRY_STATUSES = frozenset({429, 503})
#: A 429 without Retry-After still means "slow down": pause the host this long.
DEFAULT_429_PAUSE = 60.0
#: robots.txt files are small; RFC 9309 asks crawlers to read at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
#: An unreachable robots.txt blocks the host, but is asked again sooner than a good one.
ROBOTS_FAILURE_TTL = 300.0
#: Crawl-delay above this is treated as this (a typo must not stall the stage for hours).
MAX_CRAWL_DELAY = 30.0
_MAX_HOSTS = 4096

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class PageUnavailable(Exception):
    """The page cannot be used; the message is the article's ``fetch_reason``."""

    def __init__(self, message: str, *, status: int | None = None, blocked: bool = False):
        super().__init__(message)
        self.status = status  # HTTP status, when the server answered with an error
        self.blocked = blocked  # SSRF guard or scheme refusal: never retried, never ours


@dataclass
class _Host:
    slots: asyncio.Semaphore
    delay: float
    next_start: float = 0.0  # clock time the next request may start
    paused_until: float = 0.0  # Retry-After
    pause_reason: str = ""
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_error: str | None = None  # set when robots.txt was unreachable (= disallow)
    robots_expires: float = 0.0
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass(frozen=True)
class _Cached:
    etag: str | None
    last_modified: str | None
    page: PageText | None


def page_user_agent(settings: Settings) -> str:
    """Who we are, with a way to reach us (robots.txt groups match ``newswire``)."""
    return f"newswire/{__version__} (+{settings.contact_url}; article text for event coding)"


def loopback_only_resolver(inner: Resolver) -> Resolver:
    """Allow loopback answers but keep blocking every other non-public address.

    The hardened client only knows "public only" or "anything"; tests and
    ``eval-pages`` serve pages on 127.0.0.1 but must still refuse 10.0.0.1 & co.
    """

    async def resolve(host: str, port: int) -> list[str]:
        addresses = await inner(host, port)
        for ip in addresses:
            if address_blocked(ip) and not _is_loopback(ip):
                raise BlockedAddress(f"{host} resolves to non-public address {ip}; refusing",
                                     url=f"//{host}:{port}")
        return addresses

    return resolve


def _is_loopback(ip_text: str) -> bool:
    try:
        ip = ipaddress.ip_address(ip_text.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def policy_from(settings: Settings) -> FetchPolicy:
    return FetchPolicy(enabled=settings.fetch_pages,
                       full_text_words=settings.fetch_full_text_words,
                       min_page_words=settings.fetch_min_page_words)


class PageFetcher:
    """Decides, fetches and extracts article pages for one worker process."""

    def __init__(self, settings: Settings, *, client: httpx.AsyncClient | None = None,
                 resolver: Resolver = system_resolver, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep,
                 extract: Callable[..., PageText | None] = extract_page):
        self.settings = settings
        self.policy = policy_from(settings)
        # Pages get their own size cap and User-Agent; the SSRF guard stays the client's.
        self._http = settings.with_overrides(
            user_agent=page_user_agent(settings),
            http_max_body_bytes=settings.fetch_max_page_bytes,
            allow_private_addresses=settings.fetch_allow_loopback)
        self._robots_http = self._http.with_overrides(http_max_body_bytes=ROBOTS_MAX_BYTES)
        self._resolver = (loopback_only_resolver(resolver) if settings.fetch_allow_loopback
                          else resolver)
        self._client = client
        self._own_client = client is None
        self._clock = clock
        self._sleep = sleep
        self._extract = extract
        self._hosts: OrderedDict[str, _Host] = OrderedDict()
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        # Whole-article bound: waits + robots.txt + the page, each itself bounded.
        fetch_budget = request_budget(settings)
        self.article_budget = 2 * fetch_budget + 2 * settings.fetch_max_wait
        self.counts: dict[str, int] = {"feed": 0, "page": 0, "summary_fallback": 0}

    async def close(self) -> None:
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __aenter__(self) -> PageFetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ article level
    async def process(self, raw: RawArticle) -> RawArticle:
        """The article with its text decided; page problems become a fallback reason."""
        result = await self._process(raw)
        self.counts[result.text_source or "feed"] += 1
        return result

    async def _process(self, raw: RawArticle) -> RawArticle:
        wanted = page_wanted(raw, self.policy)
        if wanted is None:
            return feed_text(raw)  # full text in the feed (or pushed): no request at all
        url = fetchable_url(raw)
        if url is None:
            return summary_fallback(raw, "summary only, and the entry has no http(s) link")
        try:
            async with asyncio.timeout(self.article_budget):
                page = await self.fetch_page(url)
        except PageUnavailable as exc:
            log.info("fetch: %s: summary fallback: %s", url, exc)
            return summary_fallback(raw, str(exc))
        except TimeoutError:
            return summary_fallback(raw, f"page not fetched within {self.article_budget:g} s")
        unusable = page_unusable(page, raw, self.policy)
        if unusable is not None:
            return summary_fallback(raw, unusable)
        assert page is not None
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return page_text(raw, page, fetched_at=now)

    # ------------------------------------------------------------------ page level
    async def fetch_page(self, url: str) -> PageText | None:
        """Robots check, host turn, conditional GET, extraction; PageUnavailable on failure."""
        origin = _origin(url)
        await self._check_robots(origin, url)
        cached = self._cache.get(url)
        result = await self._get(origin, url, etag=cached.etag if cached else None,
                                 last_modified=cached.last_modified if cached else None,
                                 accept=HTML_ACCEPT, settings=self._http)
        final_origin = _origin(result.final_url)
        if final_origin != origin:
            # Redirected to another site: its robots.txt decides whether we may use it.
            await self._check_robots(final_origin, result.final_url)
        if result.not_modified and cached is not None:
            self._cache.move_to_end(url)
            return cached.page
        ctype = (result.content_type or "").split(";", 1)[0].strip().lower()
        if ctype and ctype not in _HTML_TYPES:
            raise PageUnavailable(f"not an HTML page (content type {ctype})")
        if not ctype and not _looks_like_html(result.body):
            raise PageUnavailable("not an HTML page (no content type, body is not HTML)")
        html = decode_html(result.body, result.content_type)
        # trafilatura is CPU-bound: in a thread, so heartbeats and other fetches go on.
        page = await asyncio.to_thread(self._extract, html, url=result.final_url)
        if result.etag or result.last_modified:
            self._remember(url, _Cached(result.etag, result.last_modified, page))
        return page

    async def _get(self, origin: str, url: str, *, etag: str | None,
                   last_modified: str | None, accept: str, settings: Settings) -> _Result:
        assert origin
        for attempt in (1, 2):
            try:
                async with self._turn(origin):
                    got = await fetch(self._get_client(), url, etag=etag,
                                      last_modified=last_modified, settings=settings,
                                      resolver=self._resolver, accept=accept)
                return _Result(got.final_url, got.body, got.content_type, got.etag,
                               got.last_modified, got.not_modified)
            except HttpStatusError as exc:
                pause = self._pause_after(origin, exc)
                if (pause is not None and attempt == 1
                        and pause <= self.settings.fetch_max_wait):
                    continue  # _turn waits out the pause before the one retry
                raise PageUnavailable(_reason(exc, pause), status=exc.status) from None
            except BodyTooLarge:
                raise PageUnavailable(
                    f"page larger than {settings.http_max_body_bytes} bytes (after "
                    "decompression); not read further") from None
            except (BlockedAddress, BadScheme) as exc:
                raise PageUnavailable(f"refused: {exc}", blocked=True) from None
            except FetchError as exc:
                raise PageUnavailable(f"{type(exc).__name__}: {exc}") from None
        raise AssertionError("unreachable")

    def _pause_after(self, origin: str, exc: HttpStatusError) -> float | None:
        """Record a Retry-After pause for the host; the pause in seconds, or None."""
        if exc.status not in _RETRY_STATUSES:
            return None
        pause = exc.retry_after
        if pause is None and exc.status == 429:
            pause = DEFAULT_429_PAUSE
        if pause is None:
            return None
        host = self._host(origin)
        until = self._clock() + pause
        if until > host.paused_until:
            host.paused_until = until
            host.pause_reason = f"HTTP {exc.status} with Retry-After {pause:g} s"
        return pause

    @contextlib.asynccontextmanager
    async def _turn(self, origin: str) -> AsyncIterator[None]:
        """One request slot for the host, started no sooner than its delay and pauses allow."""
        host = self._host(origin)
        async with host.slots:
            now = self._clock()
            start = max(now, host.next_start, host.paused_until)
            wait = start - now
            if wait > self.settings.fetch_max_wait:
                why = (host.pause_reason if host.paused_until >= start
                       else f"per-host delay {host.delay:g} s, queue full")
                raise PageUnavailable(f"{_netloc(origin)} asked us to wait {wait:.0f} s "
                                      f"({why}); not waiting longer than "
                                      f"{self.settings.fetch_max_wait:g} s")
            host.next_start = start + host.delay  # reserve before sleeping: FIFO-ish
            if wait > 0:
                await self._sleep(wait)
            yield

    # ------------------------------------------------------------------ robots.txt
    async def _check_robots(self, origin: str, url: str) -> None:
        host = self._host(origin)
        async with host.robots_lock:  # one robots.txt fetch per host, others wait for it
            if host.robots_expires <= self._clock():
                await self._load_robots(origin, host)
        if host.robots_error is not None:
            raise PageUnavailable(host.robots_error)
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            path = urlsplit(url).path or "/"
            raise PageUnavailable(f"robots.txt of {_netloc(origin)} disallows {path}")

    async def _load_robots(self, origin: str, host: _Host) -> None:
        ttl = self.settings.fetch_robots_ttl
        host.robots, host.robots_error = None, None
        try:
            got = await self._get(origin, origin + "/robots.txt", etag=None,
                                  last_modified=None, accept="text/plain, */*;q=0.1",
                                  settings=self._robots_http)
        except PageUnavailable as exc:
            status = exc.status
            if exc.blocked:
                host.robots_error = str(exc)
            elif status is not None and 400 <= status < 500 and status != 429:
                pass  # RFC 9309 §2.3.1.3: no robots.txt (4xx) means no restrictions
            else:
                # §2.3.1.4: unreachable robots.txt means "assume complete disallow".
                host.robots_error = f"robots.txt of {_netloc(origin)} unreachable ({exc})"
                ttl = min(ttl, ROBOTS_FAILURE_TTL)
        else:
            parser = urllib.robotparser.RobotFileParser()
            parser.parse(got.body.decode("utf-8", "replace").splitlines())
            host.robots = parser
            crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
            if crawl_delay:
                host.delay = max(self.settings.fetch_host_delay,
                                 min(float(crawl_delay), MAX_CRAWL_DELAY))
        host.robots_expires = self._clock() + ttl

    # ------------------------------------------------------------------ bookkeeping
    def _host(self, origin: str) -> _Host:
        host = self._hosts.get(origin)
        if host is None:
            host = _Host(slots=asyncio.Semaphore(max(1, self.settings.fetch_per_host)),
                         delay=self.settings.fetch_host_delay)
            self._hosts[origin] = host
            self._prune_hosts()
        self._hosts.move_to_end(origin)
        return host

    def _prune_hosts(self) -> None:
        # Forget the least recently used idle hosts (their robots.txt is simply re-read).
        now = self._clock()
        while len(self._hosts) > _MAX_HOSTS:
            origin, host = next(iter(self._hosts.items()))
            busy = host.slots.locked() or host.robots_lock.locked()
            if busy or host.paused_until > now:
                self._hosts.move_to_end(origin)
                break
            del self._hosts[origin]

    def _remember(self, url: str, entry: _Cached) -> None:
        self._cache[url] = entry
        self._cache.move_to_end(url)
        while len(self._cache) > max(0, self.settings.fetch_cache_entries):
            self._cache.popitem(last=False)

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = make_client(self._http)
        return self._client


@dataclass(frozen=True)
class _Result:
    final_url: str
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc.rsplit('@', 1)[-1]).lower()}"


def _netloc(origin: str) -> str:
    return origin.split("://", 1)[-1]


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in body[:4096].lower()


def _reason(exc: HttpStatusError, pause: float | None) -> str:
    text = f"HTTP {exc.status} for the article page"
    if pause is not None:
        text += f" (Retry-After {pause:g} s)"
    return text


__all__ = ["PageFetcher", "PageUnavailable", "loopback_only_resolver", "page_user_agent",
           "policy_from"]
