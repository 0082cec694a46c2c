"""Would a learned veto of the rules' own events raise F1? An experiment, not a component.

    python -m bench.veto_experiment [GOLD_DIR ...] [--folds 5]

Every event the rules code (end-to-end path, as ``newswire eval``) is labelled correct or
not by the scorer's own matching and described by what the record shows: its type,
trigger, modality, the roles of source and target, whether it is reported speech, where
in the article it sits, whether its pair is domestic, its confidence, the other types
coded in its sentence and the sentence's words (each joined to the type). An
article-level cross-validated logistic model (``bench.model_training.fit_logistic``)
gives each event its probability of being correct; the events below a threshold are
dropped and the articles re-scored exactly as ``newswire eval`` scores them, per
threshold. Session 11 measured it on the 326 articles of the own set: at best (0.35) F1
0.696 -> 0.698, precision bought with recall one for one, so no veto ships (see
docs/extraction-quality.md).
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from bench.eval_events import make_predict
from bench.model_training import fit_logistic
from pipeline.evaluate import dedupe, load_gold, matches, score_article

THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def _country(actor: dict[str, Any] | None) -> str | None:
    return actor["country"] if actor else None


def features(event: dict[str, Any], sentence_types: set[str]) -> list[str]:
    """What the event record shows, each feature joined to the event's type."""
    t = event["type"]
    src, tgt = event["source"], event["target"]
    feats = [f"type={t}", f"trigger={t}:{(event['trigger'] or '').lower()}",
             f"modality={t}:{event['modality']}",
             f"source_role={t}:{src['role'] if src else 'none'}",
             f"target_role={t}:{tgt['role'] if tgt else 'none'}",
             f"speech={t}:{bool(event.get('speaker'))}",
             f"sentence={t}:{min(event['evidence']['sentence_index'], 3)}",
             f"domestic={t}:{_country(src) == _country(tgt)}",
             f"confidence={t}:{round(event['confidence'], 1)}"]
    feats += [f"beside={t}:{o}" for o in sorted(sentence_types - {t})]
    words = set(re.findall(r"[a-z]+", event["evidence"]["sentence"].lower()))
    return feats + [f"word={t}:{w}" for w in sorted(words)]


def correct(event: dict[str, Any], golds: list[dict[str, Any]]) -> bool:
    (pred,) = dedupe([event])
    return any(matches(g, pred) for g in golds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="*", default=[GOLD])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    predict = make_predict([])
    docs = sorted((d for g in args.gold_dirs for d in load_gold(g)), key=lambda d: d["id"])
    coded = [predict(doc["article"]) for doc in docs]
    rows: list[list[str]] = []
    labels: list[bool] = []
    article: list[int] = []
    for n, (doc, events) in enumerate(zip(docs, coded, strict=True)):
        by_sentence: dict[str, set[str]] = defaultdict(set)
        for ev in events:
            by_sentence[ev["evidence"]["sentence"]].add(ev["type"])
        for ev in events:
            rows.append(features(ev, by_sentence[ev["evidence"]["sentence"]]))
            labels.append(correct(ev, doc.get("events", [])))
            article.append(n)
    y = np.array(labels, dtype=np.float32)[:, None]
    folds = np.array(article) % args.folds
    prob = np.zeros(len(rows))
    for fold in range(args.folds):
        train = np.flatnonzero(folds != fold)
        weights, bias = fit_logistic([rows[i] for i in train], y[train], min_count=3)
        for i in np.flatnonzero(folds == fold):
            z = sum(weights[f][0] for f in rows[i] if f in weights) + bias[0]
            prob[i] = 1.0 / (1.0 + np.exp(-z))
    print(f"{len(rows)} events, {y.mean():.3f} correct")
    starts = np.cumsum([0] + [len(e) for e in coded])
    for threshold in THRESHOLDS:
        totals = np.zeros(4)
        for n, (doc, events) in enumerate(zip(docs, coded, strict=True)):
            kept = [ev for ev, p in zip(events, prob[starts[n]:starts[n + 1]], strict=True)
                    if p >= threshold]
            r = score_article(doc, kept, {})
            totals += (r.correct, r.predicted, r.matched_required, r.gold_required)
        p, r = totals[0] / totals[1], totals[2] / totals[3]
        print(f"veto below {threshold:.2f}: f1={2 * p * r / (p + r):.4f} p={p:.3f} r={r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
