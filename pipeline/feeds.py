"""Parse feed bytes (RSS 0.9x/1.0/2.0, Atom, JSON Feed 1.0/1.1) into RawArticles.

Pure: bytes in, records out. The fetch happens in ``agents/http_client.py``; feedparser
is only ever handed the body as a stream so it can never open a URL or a local file.

    FeedError                 this response is not a usable feed (the poll failed)
    ├── NotAFeed              HTML page or some other document instead of a feed
    └── MalformedFeed         a feed format was recognised but cannot be read

Entries that cannot become an article (no title, no text, …) are not errors: they are
skipped and counted by reason in ``ParsedFeed.skipped``.
"""

from __future__ import annotations

import calendar
import io
import re
import xml.parsers.expat as expat
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser
import orjson
from feedparser.encodings import convert_to_utf8
from feedparser.sanitizer import replace_doctype

from pipeline.errors import PipelineError
from pipeline.ids import article_id_for
from pipeline.urls import canonical_url, host_of
from schemas.raw_article import MAX_RAW_TEXT_CHARS, RawArticle

STAGE = "poll"
#: A publication date further in the future than this is a feed bug (time zone mix-ups,
#: placeholder dates); keeping it would anchor event dates to a day that has not happened.
MAX_FUTURE_SKEW = timedelta(days=1)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# feedparser flags these but parses normally: servers mislabel feeds all the time.
_HARMLESS_BOZO = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)
_JSON_FEED_VERSION = re.compile(r"^https?://jsonfeed\.org/version/1(\.\d+)?/?$")
#: Longest replacement text a feed's own DTD may give an entity. Real feeds declare
#: one-character ones (``<!ENTITY nbsp "&#160;">``); a long value only serves a
#: quadratic blow-up (``&a;`` a million times), which expat's own amplification guard
#: allows up to 100x the body size, i.e. ~1 GB for a 10 MB feed.
MAX_ENTITY_CHARS = 8


class FeedError(PipelineError):
    """The fetched document is not a usable feed; the poll counts as failed."""

    def __init__(self, message: str, *, feed_url: str = ""):
        super().__init__(message, stage=STAGE)
        self.feed_url = feed_url


class NotAFeed(FeedError):
    """An HTML page or another non-feed document came back instead of a feed."""


class MalformedFeed(FeedError):
    """The document claims a feed format but cannot be read."""


@dataclass(frozen=True)
class ParsedFeed:
    feed_url: str
    format: str  # feedparser's version ("rss20", "atom10", "rss090" …) or "json10"/"json11"
    title: str | None
    language: str | None
    articles: list[RawArticle]
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> entries
    ttl_seconds: float | None = None  # RSS <ttl>: the publisher's minimum poll interval
    warning: str | None = None  # feedparser recovered from a problem (bozo) — log, don't fail

    @property
    def entries_total(self) -> int:
        return len(self.articles) + sum(self.skipped.values())


def parse_feed(body: bytes, *, feed_url: str, content_type: str | None, now: datetime
               ) -> ParsedFeed:
    """Parse one fetched feed document; raise ``FeedError`` when it is not a feed."""
    if not body.strip():
        raise NotAFeed(f"{feed_url}: empty response body, expected a feed", feed_url=feed_url)
    ctype = (content_type or "").split(";")[0].strip().lower()
    if _looks_like_json(body, ctype):
        return _parse_json_feed(body, feed_url=feed_url, now=now)
    return _parse_xml_feed(body, feed_url=feed_url, ctype=ctype, now=now)


# --------------------------------------------------------------------------- XML feeds
def _parse_xml_feed(body: bytes, *, feed_url: str, ctype: str, now: datetime) -> ParsedFeed:
    # No content-location header: feedparser would then "resolve" opaque GUIDs such as
    # "1559104147038" into URLs. Entry links are resolved against the feed URL below.
    headers = {"content-type": ctype} if ctype else {}
    _refuse_dangerous_entities(body, headers, feed_url)
    # A stream, never bytes/str: feedparser would treat a short body as a file name or URL.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=True)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        if ctype in ("text/html", "application/xhtml+xml") or _HTML_SNIFF.search(body[:4096]):
            raise NotAFeed(f"{feed_url}: got an HTML page, not a feed (content type "
                           f"{ctype or 'unknown'}); check the feed URL", feed_url=feed_url)
        reason = parsed.get("bozo_exception")
        raise MalformedFeed(f"{feed_url}: not a recognised RSS/Atom/JSON feed"
                            + (f" ({reason})" if reason else ""), feed_url=feed_url)
    meta = parsed.feed
    language = _primary_language(meta.get("language"))
    feed_link = meta.get("link")
    ttl: float | None = None
    try:
        ttl = float(meta["ttl"]) * 60 if meta.get("ttl") else None
    except (TypeError, ValueError):
        ttl = None  # a non-numeric <ttl> is ignored, it's only a hint

    articles: list[RawArticle] = []
    skipped: Counter[str] = Counter()
    seen: set[str] = set()
    fetched_at = _iso(now)
    for entry in parsed.entries:
        content = _first_content(entry.get("content"))
        summary = (entry.get("summary") or "").strip() or None
        text = content or summary
        # dict.get, not entry.get: FeedParserDict's own fallback from updated_parsed to
        # published_parsed emits a DeprecationWarning on every entry.
        published = _struct_time_iso(dict.get(entry, "published_parsed")
                                     or dict.get(entry, "updated_parsed"), now)
        _add_article(
            articles, skipped, seen,
            title=(entry.get("title") or "").strip(),
            text=text,
            summary=summary if content and summary != content else None,
            url=urljoin(feed_url, entry["link"]) if entry.get("link") else None,
            guid=(entry.get("id") or "").strip() or None,
            published=published,
            language=_primary_language(entry.get("language")) or language,
            feed_url=feed_url, feed_link=feed_link, fetched_at=fetched_at,
        )
    bozo = parsed.get("bozo_exception")
    if isinstance(bozo, _HARMLESS_BOZO):
        bozo = None
    return ParsedFeed(feed_url=feed_url, format=version or "unknown",
                      title=(meta.get("title") or None), language=language,
                      articles=articles, skipped=skipped, ttl_seconds=ttl,
                      warning=f"{type(bozo).__name__}: {bozo}" if bozo else None)


class _PrologDone(Exception):
    """The root element started: every entity declaration has been seen."""


def _refuse_dangerous_entities(body: bytes, headers: dict[str, str], feed_url: str) -> None:
    """Raise MalformedFeed if the document's DTD declares an entity that could expand
    (billion laughs, quadratic blow-up) or load something (XXE, parameter entities).

    feedparser strips unsafe ``<!ENTITY`` lines with regexes, which miss declarations
    after an entity value containing ``<x`` and keep any quote-free value however long.
    So the check runs expat over exactly what feedparser's strict parser will read
    (same UTF-8 conversion and DOCTYPE rewrite) and stops at the root element: only the
    prolog is parsed, nothing is expanded, the cost is linear in the prolog.
    """
    data = convert_to_utf8(dict(headers), body, {})
    if b"<!ENTITY" not in data:
        return  # nearly every feed: no declarations, nothing to check
    # The document as sent (a bomb feedparser would defuse is still refused: the feed's
    # status should say what it is) and as the strict parser will read it.
    for text in (data, replace_doctype(data)[1]):
        _check_prolog(text, feed_url)


def _check_prolog(data: bytes, feed_url: str) -> None:
    # Same construction as xml.sax's expat reader (namespaces, parameter entities), so
    # both parsers stop, or not, at the same place.
    parser = expat.ParserCreate(None, " ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)

    def on_entity(name: str, is_parameter: int, value: str | None, base: str | None,
                  system_id: str | None, public_id: str | None,
                  notation: str | None) -> None:
        if is_parameter:
            problem = f"parameter entity %{name}"
        elif value is None:
            problem = f"external entity {name!r} ({system_id or public_id or notation})"
        elif "&" in value or "%" in value:
            problem = f"entity {name!r} that refers to other entities"
        elif len(value) > MAX_ENTITY_CHARS:
            problem = f"entity {name!r} with a {len(value)}-character value"
        else:
            return
        raise MalformedFeed(f"{feed_url}: feed declares an XML {problem}; refused "
                            "(entity expansion / external entity attack)", feed_url=feed_url)

    def on_start(*_: object) -> None:
        raise _PrologDone

    parser.EntityDeclHandler = on_entity
    parser.StartElementHandler = on_start
    try:
        parser.Parse(data, True)
    except (_PrologDone, expat.ExpatError):
        # A prolog error stops feedparser's strict parser at the same spot, before any
        # expansion; its loose fallback only knows the entities replace_doctype kept.
        return


def _first_content(contents: Any) -> str | None:
    """Full text from content:encoded / Atom <content>: the longest non-empty one."""
    if not contents:
        return None
    values = [str(c.get("value") or "").strip() for c in contents if isinstance(c, dict)]
    values = [v for v in values if v]
    return max(values, key=len) if values else None


def _struct_time_iso(value: Any, now: datetime) -> str | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    if not value:
        return None
    try:
        dt = datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, OSError, TypeError, ValueError):
        return None
    return _checked_date(dt, now)


# --------------------------------------------------------------------------- JSON Feed
def _looks_like_json(body: bytes, ctype: str) -> bool:
    if ctype.endswith("json"):  # application/feed+json, application/json
        return True
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _parse_json_feed(body: bytes, *, feed_url: str, now: datetime) -> ParsedFeed:
    try:
        doc = orjson.loads(body.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise MalformedFeed(f"{feed_url}: response is not valid JSON: {exc}",
                            feed_url=feed_url) from None
    if not isinstance(doc, dict) or not _JSON_FEED_VERSION.match(str(doc.get("version", ""))):
        raise NotAFeed(f"{feed_url}: JSON document is not a JSON Feed (no "
                       f"'version: https://jsonfeed.org/version/1[.1]')", feed_url=feed_url)
    items = doc.get("items")
    if not isinstance(items, list):
        raise MalformedFeed(f"{feed_url}: JSON Feed without an 'items' list",
                            feed_url=feed_url)
    fmt = "json11" if str(doc["version"]).rstrip("/").endswith("1.1") else "json10"
    language = _primary_language(_str(doc.get("language")))
    feed_link = _str(doc.get("home_page_url"))
    articles: list[RawArticle] = []
    skipped: Counter[str] = Counter()
    seen: set[str] = set()
    fetched_at = _iso(now)
    for item in items:
        if not isinstance(item, dict):
            skipped["invalid_entry"] += 1
            continue
        content = _str(item.get("content_html")) or _str(item.get("content_text"))
        summary = _str(item.get("summary"))
        guid = item.get("id")
        _add_article(
            articles, skipped, seen,
            title=_str(item.get("title")) or "",
            text=content or summary,
            summary=summary if content and summary != content else None,
            url=_str(item.get("url")) or _str(item.get("external_url")),
            # 1.0 allowed numeric ids; the spec says treat them as strings.
            guid=str(guid).strip() or None if isinstance(guid, (str, int)) else None,
            published=_rfc3339(item.get("date_published") or item.get("date_modified"), now),
            language=_primary_language(_str(item.get("language"))) or language,
            feed_url=feed_url, feed_link=feed_link, fetched_at=fetched_at,
        )
    return ParsedFeed(feed_url=feed_url, format=fmt, title=_str(doc.get("title")),
                      language=language, articles=articles, skipped=skipped)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _rfc3339(value: Any, now: datetime) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # the spec requires an offset; assume UTC if missing
    return _checked_date(dt.astimezone(UTC), now)


# --------------------------------------------------------------------------- shared
def _add_article(articles: list[RawArticle], skipped: Counter[str], seen: set[str], *,
                 title: str, text: str | None, summary: str | None, url: str | None,
                 guid: str | None, published: str | None, language: str | None,
                 feed_url: str, feed_link: str | None, fetched_at: str) -> None:
    """Append one entry as a RawArticle, or count why it was skipped."""
    if not title:
        skipped["no_title"] += 1
        return
    if not text:
        skipped["no_text"] += 1
        return
    if len(text) > MAX_RAW_TEXT_CHARS:
        skipped["text_too_long"] += 1
        return
    canonical = canonical_url(url)
    article_id = article_id_for(canonical_url=canonical, guid=guid, content=f"{title}\n{text}")
    if article_id in seen:
        # Same page listed twice in one document: one article, not two.
        skipped["duplicate_in_feed"] += 1
        return
    seen.add(article_id)
    articles.append(RawArticle(
        article_id=article_id,
        title=title,
        text=text,
        url=canonical or url,
        published=published,
        source=host_of(canonical) or host_of(feed_link) or host_of(feed_url),
        language=language,
        summary=summary,
        feed_url=feed_url,
        guid=guid,
        fetched_at=fetched_at,
    ))


def _checked_date(dt: datetime, now: datetime) -> str | None:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if dt > now + MAX_FUTURE_SKEW:
        return None
    return _iso(dt)


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _primary_language(tag: str | None) -> str | None:
    """``en-GB``/``en_us`` → ``en``: downstream filters compare primary subtags only."""
    if not tag:
        return None
    primary = re.split(r"[-_\s]", tag.strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None
