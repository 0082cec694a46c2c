"""Fetch stage decisions (pure): is the feed's text the full body, and which text to keep.

The agent asks ``page_wanted`` first; only when it returns a reason does it fetch the
article page. Whatever happens then ends in exactly one of three RawArticles::

    feed_text(raw)                text_source="feed"             the feed's text as is
    page_text(raw, page)          text_source="page"             the page's extracted body
    summary_fallback(raw, why)    text_source="summary_fallback" the feed's text, + reason

so a failed fetch is a reason on the record, never a drop.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pipeline.html_text import html_to_text
from pipeline.page_extract import PageText
from schemas import RawArticle

STAGE = "fetch"
FEED = "feed"
PAGE = "page"
SUMMARY_FALLBACK = "summary_fallback"
TEXT_SOURCES = (FEED, PAGE, SUMMARY_FALLBACK)


@dataclass(frozen=True)
class FetchPolicy:
    enabled: bool = True
    #: A feed text this long is an article, whatever else the entry says.
    full_text_words: int = 250
    #: ``content:encoded`` that differs from the summary counts as the body once it is
    #: this long and clearly longer than the summary (short articles exist: Wikinews).
    min_content_words: int = 50
    content_margin_words: int = 10
    #: A page body shorter than this is a teaser, paywall stub or cookie wall.
    min_page_words: int = 60


def word_count(markup: str | None) -> int:
    return len(html_to_text(markup).split()) if markup else 0


def page_wanted(raw: RawArticle, policy: FetchPolicy) -> str | None:
    """Why the article page should be fetched, or None when the feed's text is the body."""
    if not policy.enabled:
        return None
    if raw.feed_url is None:
        # Pushed with `newswire ingest`: the sender chose the text; take it as given.
        return None
    words = word_count(raw.text)
    if words >= policy.full_text_words:
        return None
    if raw.summary and _plain(raw.summary) != _plain(raw.text):
        summary_words = word_count(raw.summary)
        if (words >= policy.min_content_words
                and words >= summary_words + policy.content_margin_words):
            return None  # the feed carries a separate, longer body: that is the article
    return f"feed text has {words} words (< {policy.full_text_words}): summary only"


def fetchable_url(raw: RawArticle) -> str | None:
    """The article URL to fetch, or None when the entry has no http(s) link."""
    url = (raw.url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def page_unusable(page: PageText | None, raw: RawArticle, policy: FetchPolicy) -> str | None:
    """Why an extracted page must not replace the feed text, or None when it is better."""
    if page is None:
        return "no article text found on the page"
    words = page.word_count
    if words < policy.min_page_words:
        return f"page text too short ({words} words < {policy.min_page_words})"
    feed_words = word_count(raw.text)
    if words <= feed_words:
        return f"page text ({words} words) is not longer than the feed's ({feed_words})"
    return None


def feed_text(raw: RawArticle) -> RawArticle:
    return dataclasses.replace(raw, text_source=FEED, fetch_reason=None)


def summary_fallback(raw: RawArticle, reason: str) -> RawArticle:
    return dataclasses.replace(raw, text_source=SUMMARY_FALLBACK, fetch_reason=reason)


def page_text(raw: RawArticle, page: PageText, *, fetched_at: str | None = None
              ) -> RawArticle:
    """The article with the page's body; the feed's own metadata wins where it has some."""
    return dataclasses.replace(
        raw,
        text=page.body,
        # The feed text stays available as the summary (it was one).
        summary=raw.summary or raw.text,
        title=raw.title or page.title or "",
        published=raw.published or page.date,
        language=raw.language or page.language,
        author=raw.author or page.author,
        fetched_at=fetched_at or raw.fetched_at,
        text_source=PAGE,
        fetch_reason=None,
    )


def _plain(markup: str) -> str:
    return " ".join(html_to_text(markup).split()).lower()
