"""Train the learned sentence event detector (``pipeline.event_detector``) from gold.

``python -m bench.train_event_detector [GOLD_DIR ...] [--folds 5] [--eval DIR ...] [--out PATH]``
(default: ``tests/data/gold``). Deterministic: the same gold gives the same model file.

1. Every article is parsed once and coded by the rules alone, recording each sentence's
   features (``extract`` with a recording detector that adds nothing).
2. A sentence's labels are the types of the gold events whose evidence it contains.
3. Cross-validation by article (``--folds``): for each fold a model is trained on the
   other articles and the fold's articles are coded with it at several add-thresholds,
   then scored exactly as ``newswire eval`` scores them. The threshold with the best
   pooled F1 is kept; the precision of the events the model added at that threshold is
   their confidence.
4. The model is trained on all articles and written to ``--out``
   (``pipeline/data/event_detector.json``). Actors of added events come from the packaged
   actor ranker (``pipeline/data/actor_ranker.json``: train it first).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bench.model_training import (
    Coder,
    Scored,
    fit_logistic,
    merge_attrs,
    parsed_gold,
    score,
)
from pipeline.actor_ranker import load_ranker
from pipeline.evaluate import Pred, Report, norm_text
from pipeline.event_detector import MODEL_PATH, EventDetector
from pipeline.extract import DETECTED
from pipeline.plover import TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from schemas import AnnotatedArticle

THRESHOLDS = ((0.3, 1.01), (0.4, 1.01), (0.5, 1.01), (0.3, 0.5), (0.4, 0.5), (0.4, 0.6),
              (0.5, 0.6))


@dataclass
class Recorder:
    """A detector that adds nothing and keeps each sentence's text and features, and
    beside them the types the rules coded in it (``extract`` asks it about every sentence
    that is not a question); ``bench.embed_typer`` records with it too."""

    rows: list[tuple[str, list[str]]] = field(default_factory=list)
    coded: list[frozenset[str]] = field(default_factory=list)

    def missing_types(self, sent: Span, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]:
        self.rows.append((sent.text, features))
        self.coded.append(frozenset(coded))
        return []


@dataclass
class Article:
    gold: dict[str, Any]
    annotated: AnnotatedArticle
    rows: list[tuple[str, list[str]]]  # (sentence, features)
    labels: list[set[str]]


def sentence_types(sentence: str, gold_events: list[dict[str, Any]]) -> set[str]:
    """The PLOVER types of the gold events whose evidence lies in ``sentence``."""
    text = norm_text(sentence)
    out: set[str] = set()
    for g in gold_events:
        if norm_text(g["evidence"]) in text:
            out.update(g["type"] if isinstance(g["type"], list) else [g["type"]])
    return out


def fit(arts: list[Article], threshold: tuple[float, float] = (0.5, 0.7),
        precision: float = 0.5) -> EventDetector:
    rows = [r for a in arts for _, r in a.rows]
    y = np.array([[t in lab for t in TYPES] for a in arts for lab in a.labels])
    w, b = fit_logistic(rows, y)
    return EventDetector(types=tuple(TYPES), bias=tuple(float(v) for v in b),
                         weights={f: tuple(float(x) for x in v) for f, v in w.items()},
                         add_threshold=threshold[0], coded_threshold=threshold[1],
                         added_precision=precision)


def _with(model: EventDetector, threshold: tuple[float, float], precision: float = 0.5
          ) -> EventDetector:
    return EventDetector(types=model.types, bias=model.bias, weights=model.weights,
                         add_threshold=threshold[0], coded_threshold=threshold[1],
                         added_precision=precision)


def _added(p: Pred) -> bool:
    return str(p.raw.get("trigger")).startswith(DETECTED)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="*", default=[Path("tests/data/gold")])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--eval", type=Path, nargs="*", default=[],
                    help="also score these gold dirs (not trained on) at every threshold")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    coder = Coder()
    # the pairs of the events a detector adds are the packaged ranker's (train it first)
    ranker = load_ranker()
    arts: list[Article] = []
    for gold, annotated in parsed_gold(coder, args.gold_dirs):
        rec = Recorder()
        coder.extract(annotated, detector=rec, ranker=ranker)
        arts.append(Article(gold=gold, annotated=annotated, rows=rec.rows,
                            labels=[sentence_types(s, gold["events"]) for s, _ in rec.rows]))
    print(f"{len(arts)} articles, {sum(len(a.rows) for a in arts)} sentences", flush=True)
    base = score(coder, [(a.gold, a.annotated) for a in arts], _added, ranker=ranker)
    print(f"rules only:        {base.report.summary_line()}", flush=True)
    if args.eval:
        model = fit(arts)
        held = parsed_gold(coder, args.eval)
        sc = score(coder, held, _added, ranker=ranker)
        print(f"eval rules only:   {sc.report.summary_line()}", flush=True)
        for t in THRESHOLDS:
            sc = score(coder, held, _added, detector=_with(model, t),
                       ranker=ranker)
            print(f"eval threshold {t}: {sc.report.summary_line()} added={sc.changed} "
                  f"right={sc.changed_right}", flush=True)
    pooled: dict[tuple[float, float], list[Scored]] = {t: [] for t in THRESHOLDS}
    for k in range(args.folds):
        test = [(a.gold, a.annotated) for i, a in enumerate(arts) if i % args.folds == k]
        model = fit([a for i, a in enumerate(arts) if i % args.folds != k])
        for t in THRESHOLDS:
            pooled[t].append(score(coder, test, _added, detector=_with(model, t),
                       ranker=ranker))
    # no threshold better than the rules alone: a model that adds nothing
    best_t, best_f1, best_prec = (1.01, 1.01), base.report.f1, 0.0
    for t, parts in pooled.items():
        if not parts:
            continue
        rep = Report(articles=[r for p in parts for r in p.report.articles],
                     attrs=merge_attrs([p.report.attrs for p in parts]))
        added, right = sum(p.changed for p in parts), sum(p.changed_right for p in parts)
        prec = right / added if added else 0.0
        print(f"cv threshold {t}: {rep.summary_line()}  added={added} "
              f"added_precision={prec:.2f}", flush=True)
        if rep.f1 > best_f1:
            best_t, best_f1, best_prec = t, rep.f1, prec
    final = fit(arts, best_t, round(best_prec, 2))
    args.out.write_bytes(final.to_json())
    print(f"wrote {args.out}: threshold {best_t}, added precision {best_prec:.2f}, "
          f"{len(final.weights)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
