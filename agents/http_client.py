"""Hardened feed fetching over httpx: limits, hand-followed redirects, SSRF guard.

Every hop is resolved once, each address is checked, and the request is sent to the
checked IP (Host header and TLS SNI keep the real name), so DNS rebinding between the
check and the connect cannot reach an internal address.

    FetchError                  the feed could not be fetched; the poll failed, retry later
    ├── BadScheme               URL is not http(s) (file:, ftp:, javascript: …)
    ├── BlockedAddress          host resolves to loopback/private/link-local/… addresses
    ├── TooManyRedirects        more than settings.http_max_redirects hops
    │   └── RedirectLoop        a hop points back at a URL already visited
    ├── BodyTooLarge            declared or decompressed body above http_max_body_bytes
    ├── HttpStatusError         non-2xx/304 answer; ``status`` and ``retry_after`` set
    ├── FetchTimeout            connect/read timeout or the whole fetch took too long
    └── ConnectionFailed        DNS failure, refused connection, TLS or protocol error
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from pipeline.settings import Settings

#: host, port -> IP address strings. Injected in tests to map fake names to addresses.
Resolver = Callable[[str, int], Awaitable[list[str]]]

ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, "
          "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
          "application/json;q=0.8, */*;q=0.1")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FetchError(Exception):
    """A feed could not be fetched; ``url`` is the hop that failed."""

    def __init__(self, message: str, *, url: str):
        super().__init__(message)
        self.url = url


class BadScheme(FetchError):
    """Only http and https URLs are fetched."""


class BlockedAddress(FetchError):
    """The host resolves to an address feeds may not live on (SSRF guard)."""


class TooManyRedirects(FetchError):
    """The redirect chain is longer than allowed."""


class RedirectLoop(TooManyRedirects):
    """A redirect points back at a URL already visited in this fetch."""


class BodyTooLarge(FetchError):
    """The body (after decompression) exceeds the configured limit."""


class HttpStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, *, url: str, status: int,
                 retry_after: float | None = None):
        super().__init__(message, url=url)
        self.status = status
        self.retry_after = retry_after


class FetchTimeout(FetchError):
    """The server was too slow (connect, read, or the fetch as a whole)."""


class ConnectionFailed(FetchError):
    """DNS, TCP, TLS or HTTP protocol failure."""


@dataclass(frozen=True)
class FetchResult:
    status: int
    body: bytes  # decompressed; b"" when not_modified
    etag: str | None
    last_modified: str | None
    final_url: str  # after redirects, with the host name (not the pinned IP)
    content_type: str | None
    not_modified: bool
    permanent_redirect: bool = False  # every hop was 301/308: the subscription moved


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the event loop's getaddrinfo (runs in the default executor)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def make_client(settings: Settings) -> httpx.AsyncClient:
    """The shared client for all feeds: redirects by hand, env proxies ignored."""
    return httpx.AsyncClient(
        follow_redirects=False,
        # Proxies from the environment would receive our pinned IP URLs; not supported.
        trust_env=False,
        timeout=_timeout(settings),
        # No keep-alive: requests go to pinned IPs, and a pooled connection opened with
        # one TLS server name must not be reused for another host on the same IP (CDNs).
        limits=httpx.Limits(max_connections=32, max_keepalive_connections=0),
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
    )


def address_blocked(ip_text: str) -> bool:
    """True for addresses a public feed cannot legitimately live on."""
    try:
        ip = ipaddress.ip_address(ip_text.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified or not ip.is_global)


async def fetch(client: httpx.AsyncClient, url: str, *, etag: str | None,
                last_modified: str | None, settings: Settings,
                resolver: Resolver = system_resolver, accept: str = ACCEPT) -> FetchResult:
    """GET a feed (or, with ``accept``, a page) with conditional headers, limits and a
    per-hop SSRF check."""
    # A slow-drip server can satisfy every per-read timeout forever; cap the whole fetch.
    budget = request_budget(settings)
    try:
        async with asyncio.timeout(budget):
            return await _fetch(client, url, etag=etag, last_modified=last_modified,
                                settings=settings, resolver=resolver, accept=accept)
    except TimeoutError:
        raise FetchTimeout(f"{url}: no complete response within {budget:g} s",
                           url=url) from None


async def _fetch(client: httpx.AsyncClient, url: str, *, etag: str | None,
                 last_modified: str | None, settings: Settings,
                 resolver: Resolver, accept: str = ACCEPT) -> FetchResult:
    visited: set[str] = set()
    current = url
    permanent = True
    for hop in range(settings.http_max_redirects + 1):
        visited.add(_loop_key(current))
        response = await _send(client, current, etag=etag, last_modified=last_modified,
                               settings=settings, resolver=resolver, accept=accept)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise HttpStatusError(f"{current}: HTTP {status} redirect without a "
                                          "Location header", url=current, status=status)
                target = urljoin(current, location.strip())
                if _loop_key(target) in visited:
                    raise RedirectLoop(f"{url}: redirect loop at hop {hop + 1} "
                                       f"({current} -> {target})", url=current)
                permanent = permanent and status in (301, 308)
                current = target
                continue
            headers = response.headers
            result_etag = headers.get("etag")
            result_lm = headers.get("last-modified")
            ctype = headers.get("content-type")
            if status == 304:
                return FetchResult(status, b"", result_etag or etag, result_lm or last_modified,
                                   current, ctype, True, permanent and hop > 0)
            if not 200 <= status < 300 or status == 204:
                raise HttpStatusError(
                    f"{current}: HTTP {status} {response.reason_phrase}".rstrip(),
                    url=current, status=status,
                    retry_after=parse_retry_after(headers.get("retry-after")))
            body = await _read_limited(response, current, settings.http_max_body_bytes)
            return FetchResult(status, body, result_etag, result_lm, current, ctype, False,
                               permanent and hop > 0)
        finally:
            await response.aclose()
    raise TooManyRedirects(f"{url}: more than {settings.http_max_redirects} redirects "
                           f"(last: {current})", url=current)


async def _send(client: httpx.AsyncClient, url: str, *, etag: str | None,
                last_modified: str | None, settings: Settings,
                resolver: Resolver, accept: str = ACCEPT) -> httpx.Response:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise BadScheme(f"{url}: only http and https feeds are fetched, not "
                        f"{scheme or 'a relative URL'}", url=url)
    host = parts.hostname
    if not host:
        raise BadScheme(f"{url}: URL has no host", url=url)
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:
        raise BadScheme(f"{url}: invalid port", url=url) from None
    addresses = await _resolve(host, port, url, settings, resolver)
    headers = {"User-Agent": settings.user_agent, "Accept": accept,
               # Host keeps the name (with a non-default port) while we dial the IP.
               "Host": parts.netloc.rsplit("@", 1)[-1]}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    last_exc: Exception | None = None
    for ip in addresses:  # try each checked address, as a normal client would
        ip_host = f"[{ip}]" if ":" in ip else ip
        pinned = urlunsplit((scheme, f"{ip_host}:{port}", parts.path or "/", parts.query, ""))
        request = client.build_request("GET", pinned, headers=headers,
                                       timeout=_timeout(settings),
                                       extensions={"sni_hostname": host})
        try:
            return await client.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url}: timed out ({type(exc).__name__})", url=url) from None
        except httpx.ConnectError as exc:
            last_exc = exc  # refused on this address; try the next one
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise ConnectionFailed(f"{url}: {type(exc).__name__}: {exc}", url=url) from None
    raise ConnectionFailed(f"{url}: cannot connect to {host} ({', '.join(addresses)}): "
                           f"{last_exc}", url=url)


async def _resolve(host: str, port: int, url: str, settings: Settings,
                   resolver: Resolver) -> list[str]:
    try:
        addresses = await resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise ConnectionFailed(f"{url}: cannot resolve {host}: {exc}", url=url) from None
    if not addresses:
        raise ConnectionFailed(f"{url}: {host} has no addresses", url=url)
    if not settings.allow_private_addresses:
        # Refuse if any address is internal: a mixed answer is an attack, not a mistake.
        blocked = [ip for ip in addresses if address_blocked(ip)]
        if blocked:
            raise BlockedAddress(
                f"{url}: {host} resolves to non-public address {blocked[0]}; refusing "
                "(set NEWSWIRE_ALLOW_PRIVATE_ADDRESSES=1 for feeds on your own network)",
                url=url)
    return addresses


async def _read_limited(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.strip().isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"{url}: Content-Length {int(declared)} bytes exceeds the "
                           f"limit of {limit} bytes", url=url)
    if response.is_stream_consumed:
        # Built in memory (httpx.MockTransport with content=): decoded, nothing to stream.
        body = response.content
        if len(body) > limit:
            raise BodyTooLarge(f"{url}: body exceeds the limit of {limit} bytes", url=url)
        return body
    encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "")
                 .split(",") if e.strip().lower() in _COMPRESSED]
    if len(encodings) > 1:
        # We only ask for gzip/deflate (httpx's Accept-Encoding); stacking is a bomb trick.
        raise ConnectionFailed(f"{url}: stacked Content-Encoding {encodings} refused",
                               url=url)
    # httpx inflates each network read (up to 64 KiB) in one go: a 64 KiB deflate chunk of
    # zeros is ~64 MB. So read raw bytes and inflate with an output cap instead.
    inflater = _Inflater() if encodings else None
    chunks: list[bytes] = []
    size = 0
    try:
        async for raw in response.aiter_raw():
            # Never ask for more than one byte past the limit: that byte proves the excess.
            chunk = inflater.inflate(raw, limit - size + 1) if inflater else raw
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(f"{url}: body exceeds the limit of {limit} bytes "
                                   "(counted after decompression)", url=url)
            chunks.append(chunk)
        if inflater:
            tail = inflater.flush(limit - size + 1)
            if size + len(tail) > limit:
                raise BodyTooLarge(f"{url}: body exceeds the limit of {limit} bytes "
                                   "(counted after decompression)", url=url)
            chunks.append(tail)
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"{url}: timed out reading the body ({type(exc).__name__})",
                           url=url) from None
    except (httpx.DecodingError, zlib.error) as exc:
        raise ConnectionFailed(f"{url}: body cannot be decompressed: {exc}", url=url) from None
    except httpx.TransportError as exc:
        raise ConnectionFailed(f"{url}: connection broke while reading: {exc}",
                               url=url) from None
    return b"".join(chunks)


_COMPRESSED = frozenset({"gzip", "x-gzip", "deflate"})


class _Inflater:
    """gzip or deflate (zlib-wrapped or raw, as servers disagree) with bounded output."""

    def __init__(self) -> None:
        self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)  # auto-detects gzip/zlib
        self._first = True

    def inflate(self, data: bytes, max_out: int) -> bytes:
        first, self._first = self._first, False
        try:
            # Output stops at max_out; the rest waits in unconsumed_tail, which the caller
            # never needs: reaching max_out already means the body is over the limit.
            return self._zlib.decompress(data, max_out)
        except zlib.error:
            if not first:
                raise
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no header
            return self._zlib.decompress(data, max_out)

    def flush(self, max_out: int) -> bytes:
        tail = self._zlib.unconsumed_tail
        return self._zlib.decompress(tail, max_out) if tail else self._zlib.flush()


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def request_budget(settings: Settings) -> float:
    """Seconds one whole request may take, body included (slow-drip servers)."""
    return min(settings.http_total_timeout,
               settings.http_connect_timeout + 2 * settings.http_read_timeout)


def _timeout(settings: Settings) -> httpx.Timeout:
    return httpx.Timeout(connect=settings.http_connect_timeout,
                         read=settings.http_read_timeout,
                         write=settings.http_read_timeout,
                         pool=settings.http_connect_timeout)


def _loop_key(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       parts.query, ""))
