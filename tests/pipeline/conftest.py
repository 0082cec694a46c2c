"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.annotate import annotate_batch
from pipeline.extract import extract
from pipeline.ids import content_hash
from schemas import CleanArticle, ExtractedArticle


@pytest.fixture(scope="session")
def nlp() -> Any:
    from agents.resources import load_nlp

    return load_nlp("en_core_web_sm")  # the same pipeline the workers load


@pytest.fixture(scope="session")
def code_text(nlp: Any) -> Callable[..., ExtractedArticle]:
    """Text (title line first) -> ExtractedArticle through annotate + extract."""

    def run(text: str, *, title: str = "", published: str | None = "2024-06-26"
            ) -> ExtractedArticle:
        full = f"{title}\n\n{text}" if title else text
        clean = CleanArticle(article_id="ar_test", title=title, text=full, url=None,
                             canonical_url=None, source=None, published=published,
                             language="en", content_hash=content_hash(full),
                             word_count=len(full.split()))
        annotated = annotate_batch([clean], nlp)[0]
        return extract(annotated, vocab=nlp.vocab, version="test",
                       now=datetime(2026, 1, 1, tzinfo=UTC))

    return run
