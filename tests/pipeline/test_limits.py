"""Per-article limits that had no test of their own: the events cap sets ``truncated``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pipeline.annotate import annotate_batch
from pipeline.extract import extract
from pipeline.ids import content_hash
from schemas import CleanArticle

TEXT = ("India suspended the treaty, while Pakistan shut its airspace to Indian airlines "
        "and warned India of retaliation.")


def _extract(nlp: Any, max_events: int) -> Any:
    clean = CleanArticle(article_id="ar_cap", title="", text=TEXT, url=None,
                         canonical_url=None, source=None, published="2024-06-26",
                         language="en", content_hash=content_hash(TEXT),
                         word_count=len(TEXT.split()))
    (annotated,) = annotate_batch([clean], nlp)
    return extract(annotated, vocab=nlp.vocab, version="test",
                   now=datetime(2026, 1, 1, tzinfo=UTC), max_events=max_events)


def test_events_per_article_cap_keeps_the_first_and_flags_truncation(nlp: Any) -> None:
    full = _extract(nlp, max_events=200)
    assert len(full.events) >= 2 and not full.truncated  # the control: room for all
    capped = _extract(nlp, max_events=1)
    assert [e.type for e in capped.events] == [full.events[0].type]
    assert capped.truncated
