"""A summary-only feed entry, its page served locally: text_source page and more events.

This is the README's "Full text" example: the same entry coded from its feed summary
alone and from the article page the fetch stage extracted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiohttp import web

from agents.fetcher import PageFetcher
from agents.local_http import serve_app
from agents.offline import resources
from pipeline.chain import run_chain
from schemas import RawArticle
from schemas.codec import as_dict
from schemas.validation import errors as schema_errors
from tests.agents.test_fetcher import PAGE, SETTINGS, SUMMARY

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture()
async def page_url() -> AsyncIterator[str]:
    async def article(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/world/chile-peru-fisheries", article)
    runner, port = await serve_app(app)
    yield f"http://127.0.0.1:{port}/world/chile-peru-fisheries"
    await runner.cleanup()


async def test_summary_only_entry_is_coded_from_the_page_with_more_events(
        page_url: str) -> None:
    entry = RawArticle(article_id="ar_5e1f00d", title="Chile and Peru sign fisheries deal",
                       text=SUMMARY, url=page_url, published="2024-03-05",
                       feed_url="http://127.0.0.1/world.rss")
    async with PageFetcher(SETTINGS) as fetcher:
        fetched = await fetcher.process(entry)
    assert fetched.text_source == "page"

    res = resources(SETTINGS)
    (from_page,) = run_chain([fetched], res, SETTINGS, now=NOW)
    (from_summary,) = run_chain([entry], res, SETTINGS, now=NOW)
    assert from_page.record is not None and from_summary.record is not None
    record = as_dict(from_page.record)
    assert record["text_source"] == "page" and record["fetch_reason"] is None
    assert schema_errors("article_record", record) == []
    assert from_summary.record.text_source == "feed"
    page_types = sorted(e.type for e in from_page.events)
    summary_types = sorted(e.type for e in from_summary.events)
    print(f"summary: {len(summary_types)} events {summary_types}; "
          f"page: {len(page_types)} events {page_types}; words "
          f"{from_summary.record.word_count} -> {from_page.record.word_count}")
    assert len(page_types) > len(summary_types)
