"""RawArticle: one feed entry or pushed article, value of ``newswire.articles.raw``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemas.codec import RecordError, get_str, loads, require_mapping

#: Hard cap on a raw text field; larger inputs are dead-lettered, not truncated silently.
MAX_RAW_TEXT_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class RawArticle:
    article_id: str
    title: str
    text: str  # HTML or plain text as the feed/file gave it
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, UTC when known
    source: str | None = None  # outlet, e.g. the URL's host
    language: str | None = None  # declared by the feed, if any
    summary: str | None = None  # feed summary when ``text`` is the full body
    feed_url: str | None = None
    guid: str | None = None
    fetched_at: str | None = None
    # Set by the fetch stage: which text ``text`` is (feed | page | summary_fallback), why
    # the page was not used when it fell back, and the byline the page gave.
    text_source: str | None = None
    fetch_reason: str | None = None
    author: str | None = None
    schema_version: int = 1

    @classmethod
    def from_dict(cls, value: Any, *, max_text_chars: int = MAX_RAW_TEXT_CHARS) -> RawArticle:
        d = require_mapping(value, "RawArticle")
        text = get_str(d, "text", required=True, max_len=max_text_chars)
        title = get_str(d, "title", default="") or ""
        article_id = get_str(d, "article_id", required=True)
        assert text is not None and article_id is not None
        return cls(
            article_id=article_id,
            title=title,
            text=text,
            url=get_str(d, "url"),
            published=get_str(d, "published"),
            source=get_str(d, "source"),
            language=get_str(d, "language"),
            summary=get_str(d, "summary"),
            feed_url=get_str(d, "feed_url"),
            guid=get_str(d, "guid"),
            fetched_at=get_str(d, "fetched_at"),
            text_source=get_str(d, "text_source"),
            fetch_reason=get_str(d, "fetch_reason"),
            author=get_str(d, "author"),
        )

    @classmethod
    def decode(cls, data: bytes, *, max_text_chars: int = MAX_RAW_TEXT_CHARS) -> RawArticle:
        """Decode wire bytes; any problem is a RecordError with a readable reason."""
        if not isinstance(data, (bytes, bytearray)):
            raise RecordError(f"expected bytes, got {type(data).__name__}")
        return cls.from_dict(loads(data), max_text_chars=max_text_chars)
