"""Normalize stage: raw feed entry → clean plain text with language and content hash.

Exact duplicates are decided by the agent (it owns the seen-hash table); this function
only computes what that decision needs (``content_hash``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from pipeline.errors import BadInput
from pipeline.html_text import html_to_text
from pipeline.ids import content_hash
from pipeline.urls import canonical_url
from schemas import CleanArticle, RawArticle

STAGE = "normalize"
#: Fewer words than this cannot carry an event; such articles are dead-lettered as empty.
MIN_WORDS = 3

LanguageDetector = Callable[[str], str]


def normalize(raw: RawArticle, *, detect_language: LanguageDetector,
              max_chars: int = 200_000) -> CleanArticle:
    """Clean one article; raise BadInput when nothing usable is left."""
    title = html_to_text(raw.title).replace("\n", " ") if raw.title else ""
    body = html_to_text(raw.text)
    if body.startswith(title) and title:
        body = body[len(title):].lstrip()
    if len(body.split()) < MIN_WORDS:
        raise BadInput("article has no text after removing markup", stage=STAGE,
                       article_id=raw.article_id)
    # The title is part of the article (headlines state events); offsets downstream
    # point into this combined text.
    text = f"{title}\n\n{body}" if title else body
    truncated = len(text) > max_chars
    if truncated:
        cut = text.rfind("\n", 0, max_chars)
        text = text[: cut if cut > max_chars // 2 else max_chars]
    language = (raw.language or "").split("-")[0].lower() or detect_language(text[:5000])
    return CleanArticle(
        article_id=raw.article_id,
        title=title,
        text=text,
        url=raw.url,
        canonical_url=canonical_url(raw.url) if raw.url else None,
        source=raw.source,
        published=normalize_published(raw.published),
        language=language,
        content_hash=content_hash(body),
        word_count=len(text.split()),
        truncated=truncated,
        # Not through the fetch stage (offline `extract`): the text is the feed's/file's.
        text_source=raw.text_source or "feed",
        fetch_reason=raw.fetch_reason,
    )


def normalize_published(value: str | None) -> str | None:
    """ISO 8601 in UTC (``2025-07-23T00:00:00Z``); unparseable values become None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
