"""Offline runs without a broker: ``newswire extract`` and ``newswire eval``."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from agents.resources import detect_language, load_gazetteer, load_nlp
from pipeline.article_files import from_mapping, parse_article_file
from pipeline.chain import Resources, run_chain
from pipeline.errors import PipelineError
from pipeline.settings import Settings
from schemas import RawArticle, dumps
from schemas.codec import as_dict


def resources(settings: Settings) -> Resources:
    return Resources(nlp=load_nlp(settings.model), gazetteer=load_gazetteer(),
                     detect_language=detect_language)


def read_articles(paths: Iterable[str], errors: TextIO | None = None) -> list[RawArticle]:
    errors = errors or sys.stderr
    articles: list[RawArticle] = []
    for path in paths:
        p = Path(path)
        try:
            content = p.read_text(encoding="utf-8")
            articles.extend(parse_article_file(p.name, content))
        except (OSError, UnicodeDecodeError, PipelineError) as exc:
            print(f"newswire: skipping {path}: {exc}", file=errors)
    return articles


def extract_files(paths: Sequence[str], settings: Settings, out: TextIO | None = None,
                  errors: TextIO | None = None) -> int:
    """Print Event JSON Lines for each article; returns the process exit code."""
    out, errors = out or sys.stdout, errors or sys.stderr
    raws = read_articles(paths, errors)
    if not raws:
        print("newswire extract: no readable articles", file=errors)
        return 2
    failed = dropped = 0
    results = run_chain(raws, resources(settings), settings, now=datetime.now(UTC))
    for result in results:
        if result.failed_stage:
            failed += 1
            print(f"newswire extract: {result.article_id} failed in {result.failed_stage}: "
                  f"{result.error}", file=errors)
        if result.record is not None and result.record.status == "filtered":
            # say so (off-topic, language): it would otherwise look like one with no events
            print(f"newswire extract: {result.article_id} screened as {result.record.reason}",
                  file=errors)
        for ev in result.events:
            out.write(dumps(ev).decode() + "\n")
        dropped += result.filtered_events
    out.flush()
    if dropped:
        # say so: the rules found them, the learned filter judged them wrong
        print(f"newswire extract: the learned drop filter held back {dropped} events in "
              f"{sum(1 for r in results if r.filtered_events)} of {len(results)} articles "
              "(NEWSWIRE_EVENT_FILTER=false keeps them)", file=errors)
    return 1 if failed == len(raws) else 0


def coder_line(settings: Settings) -> str:
    """Which coder ``eval`` scored: the figures differ with the learned parts, and the drop
    filter's model is trained on the own gold, so its scores there are in-sample."""
    parts = ["rules"]
    if settings.learned_detector:
        parts.append("learned detector (NEWSWIRE_LEARNED_DETECTOR)")
    if settings.event_filter:
        parts.append("learned drop filter (NEWSWIRE_EVENT_FILTER; trained on tests/data/gold, "
                     "so scores on that set are in-sample)")
    if settings.screen_off_topic:
        parts.append("off-topic screen")
    return "coder: " + " + ".join(parts)


def evaluate_dir(gold_dir: str, settings: Settings, out: TextIO | None = None) -> int:
    """Score the extractor on a gold directory (format of shared/eval) and print figures."""
    out = out or sys.stdout
    from pipeline.evaluate import score_dir

    res = resources(settings)

    failed: list[str] = []

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        raw = from_mapping(article)
        results = run_chain([raw], res, settings, now=datetime.now(UTC))
        failed.extend(f"{r.article_id} ({r.failed_stage}: {r.error})" for r in results
                      if r.failed_stage)
        return [as_dict(ev) for r in results for ev in r.events]

    report = score_dir(Path(gold_dir), predict)
    out.write(coder_line(settings) + "\n")
    for line in failed:  # scored as no events, and said so
        out.write(f"failed: {line}\n")
    out.write(report.type_table() + "\n")  # per PLOVER type: where the errors are
    out.write(report.summary_line() + "\n")  # last line: scripts read it
    return 0
