"""Fetch stage decisions: full text in the feed or summary only, and which text is kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.feeds import parse_feed
from pipeline.fetch import (
    FetchPolicy,
    feed_text,
    fetchable_url,
    page_text,
    page_unusable,
    page_wanted,
    summary_fallback,
)
from pipeline.page_extract import PageText, body_scores, clean_body
from schemas import RawArticle

POLICY = FetchPolicy()
DEMO_FEEDS = Path(__file__).resolve().parents[2] / "agents" / "demo_feeds"
WORDS = " ".join(f"word{i}" for i in range(300))


def raw(text: str, *, summary: str | None = None, url: str | None = "https://x.org/a",
        feed_url: str | None = "https://x.org/rss") -> RawArticle:
    return RawArticle(article_id="ar_1", title="Title", text=text, summary=summary, url=url,
                      feed_url=feed_url)


def test_long_feed_text_is_the_body() -> None:
    assert page_wanted(raw(WORDS), POLICY) is None


def test_a_short_description_alone_wants_the_page() -> None:
    reason = page_wanted(raw("<p>Two countries signed a deal on Monday.</p>"), POLICY)
    assert reason == "feed text has 7 words (< 250): summary only"


def test_content_that_differs_from_a_shorter_summary_is_the_body() -> None:
    body = " ".join(["sentence"] * 60)
    assert page_wanted(raw(body, summary="A short summary of it."), POLICY) is None
    # The same text as the summary (only markup differs) is still a summary.
    assert page_wanted(raw("<p>A short summary.</p>", summary="A short summary."), POLICY)
    # Content barely longer than its summary is a teaser, not the article.
    assert page_wanted(raw(" ".join(["w"] * 55), summary=" ".join(["s"] * 50)), POLICY)


def test_pushed_articles_and_a_disabled_stage_keep_the_given_text() -> None:
    assert page_wanted(raw("short", feed_url=None), POLICY) is None
    assert page_wanted(raw("short"), FetchPolicy(enabled=False)) is None


def test_every_demo_feed_entry_carries_its_full_text() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    entries = []
    for path in sorted(DEMO_FEEDS.glob("*.*")):
        if path.suffix in {".xml", ".json"}:
            entries += parse_feed(path.read_bytes(), feed_url=f"http://127.0.0.1/{path.name}",
                                  content_type=None, now=now).articles
    assert len(entries) >= 40
    assert [e.url for e in entries if page_wanted(e, POLICY)] == []


def test_only_http_links_are_fetched() -> None:
    assert fetchable_url(raw("x", url="https://x.org/a")) == "https://x.org/a"
    assert fetchable_url(raw("x", url="javascript:alert(1)")) is None
    assert fetchable_url(raw("x", url=None)) is None


def test_a_page_must_be_long_enough_and_longer_than_the_feed_text() -> None:
    entry = raw("Two countries signed a deal on Monday.")
    assert page_unusable(None, entry, POLICY) == "no article text found on the page"
    short = PageText(body="Cookies help us. Accept all cookies.")
    assert page_unusable(short, entry, POLICY) == "page text too short (6 words < 60)"
    assert page_unusable(PageText(body=WORDS), entry, POLICY) is None
    assert page_unusable(PageText(body=WORDS), raw(WORDS + " more"), POLICY) is not None


def test_the_three_outcomes_say_which_text_is_kept() -> None:
    entry = raw("Summary only.", summary=None)
    assert feed_text(entry).text_source == "feed"
    fallback = summary_fallback(entry, "robots.txt of x.org disallows /a")
    assert (fallback.text_source, fallback.text) == ("summary_fallback", "Summary only.")
    assert fallback.fetch_reason == "robots.txt of x.org disallows /a"
    page = PageText(body=WORDS, title="Page title", author="A. Writer", date="2024-03-01",
                    language="en")
    got = page_text(entry, page, fetched_at="2026-01-01T00:00:00Z")
    assert (got.text_source, got.text, got.summary) == ("page", WORDS, "Summary only.")
    assert got.title == "Title"  # the feed's metadata wins where it has some
    assert (got.published, got.language, got.author) == ("2024-03-01", "en", "A. Writer")
    assert RawArticle.from_dict({"article_id": "ar_1", "text": "t", "text_source": "page",
                                 "fetch_reason": None}).text_source == "page"


def test_clean_body_drops_a_repeated_headline_and_page_furniture() -> None:
    text = ("Deal signed\nThe two sides signed the deal.\nLike this story? Share it!\n"
            "Copyright 2024 Example News. All rights reserved.\nThey meet again in May.")
    assert clean_body(text, "Deal signed") == ("The two sides signed the deal.\n"
                                               "They meet again in May.")


def test_body_scores_are_word_overlap() -> None:
    assert body_scores("a b c d", "a b c d") == (1.0, 1.0, 1.0)
    p, r, f = body_scores("a b", "a b c d")
    assert (p, r) == (1.0, 0.5) and abs(f - 2 / 3) < 1e-9
    assert body_scores("", "a") == (0.0, 0.0, 0.0)
