"""Quality floor on our own gold set (tests/data/gold, Wikinews 2004, public domain).

The floor is what the coder honestly reaches minus a small margin; a regression fails it.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.annotate import annotate_batch
from pipeline.evaluate import score_dir
from pipeline.extract import extract
from pipeline.ids import content_hash
from schemas import CleanArticle

GOLD = Path(__file__).parents[1] / "data" / "gold"
F1_FLOOR = 0.45
PRECISION_FLOOR = 0.55


def test_gold_floor(nlp: Any) -> None:
    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        text = f"{article['title']}\n\n{article['text']}"
        clean = CleanArticle(article_id=article["title"], title=article["title"], text=text,
                             url=article.get("url"), canonical_url=None, source=None,
                             published=article.get("published"), language="en",
                             content_hash=content_hash(text), word_count=len(text.split()))
        annotated = annotate_batch([clean], nlp)[0]
        out = extract(annotated, vocab=nlp.vocab, version="gate",
                      now=datetime(2026, 1, 1, tzinfo=UTC))
        return [dataclasses.asdict(e) for e in out.events]

    report = score_dir(GOLD, predict)
    print(report.summary_line())
    assert len(report.articles) >= 8
    assert report.f1 >= F1_FLOOR, report.summary_line()
    assert report.precision >= PRECISION_FLOOR, report.summary_line()
