"""Shared parts of the learned components' training scripts: the coder as ``newswire
eval`` runs it (each article parsed once), scoring with counts of the events a model
changed, and a deterministic logistic regression over sparse string features."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from agents.config import load_settings
from agents.resources import detect_language, load_gazetteer, load_nlp
from pipeline import __version__
from pipeline.annotate import annotate_batch
from pipeline.article_files import from_mapping
from pipeline.enrich import enrich
from pipeline.evaluate import Pred, Report, dedupe, load_gold, score_article
from pipeline.extract import extract
from pipeline.filter_confidence import calibrated_drop_filter
from pipeline.normalize import normalize
from schemas.codec import as_dict

if TYPE_CHECKING:
    from schemas import AnnotatedArticle

L2 = 1e-3
EPOCHS = 300
LEARNING_RATE = 0.05


class Coder:
    """normalize → annotate (once per article) → extract → enrich, as ``newswire eval``."""

    def __init__(self) -> None:
        self.settings = load_settings()  # the NEWSWIRE_* environment, as eval_events
        self.nlp = load_nlp(self.settings.model)
        self.gazetteer = load_gazetteer()
        self.now = datetime.now(UTC)

    def annotate(self, article: dict[str, Any]) -> AnnotatedArticle:
        clean = normalize(from_mapping(article), detect_language=detect_language,
                          max_chars=self.settings.max_article_chars)
        return annotate_batch([clean], self.nlp, max_entities=self.settings.max_entities)[0]

    def extract(self, annotated: AnnotatedArticle, **models: Any) -> Any:
        # the learned drop filter as the event_filter setting asks, unless a caller
        # brings its own judge (the filter's trainer records with one that keeps all)
        models.setdefault("judge", calibrated_drop_filter(self.settings.event_filter))
        return extract(annotated, vocab=self.nlp.vocab, version=__version__, now=self.now,
                       max_events=self.settings.max_events_per_article,
                       screen_off_topic=self.settings.screen_off_topic, **models)

    def code(self, annotated: AnnotatedArticle, **models: Any) -> list[dict[str, Any]]:
        events, _ = enrich(self.extract(annotated, **models), gazetteer=self.gazetteer,
                           now=self.now)
        return [as_dict(ev) for ev in events]


@dataclass
class Scored:
    report: Report
    changed: int  # predictions the model made or changed
    changed_right: int  # of those, the correct ones


def score(coder: Coder, golds: list[tuple[dict[str, Any], AnnotatedArticle]],
          changed: Callable[[Pred], bool], **models: Any) -> Scored:
    """Score the articles as ``newswire eval`` does, counting the predictions ``changed``
    marks as the model's and how many of them are correct."""
    results = []
    attrs: dict[str, list[int]] = {}
    n = right = 0
    for gold, annotated in golds:
        events = coder.code(annotated, **models)
        res = score_article(gold, events, attrs)
        results.append(res)
        wrong = {pred_key(p) for p in res.false_positives}
        mine = [p for p in dedupe(events) if changed(p)]
        n += len(mine)
        right += sum(pred_key(p) not in wrong for p in mine)
    return Scored(Report(articles=results, attrs=attrs), n, right)


def pred_key(p: Pred) -> tuple[str, str, str | None, str | None]:
    """What the scorer de-duplicates predictions by."""
    return (p.sentence, p.type, p.src, p.tgt)


def parsed_gold(coder: Coder, dirs: list[Path]
                ) -> list[tuple[dict[str, Any], AnnotatedArticle]]:
    """Every gold article of ``dirs`` with its parse, in id order (folds are by position)."""
    out = [(gold, coder.annotate(gold["article"])) for d in dirs for gold in load_gold(d)]
    return sorted(out, key=lambda ga: str(ga[0]["id"]))


def fit_logistic(rows: list[list[str]], y: np.ndarray, min_count: int = 2
                 ) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Logistic regression (one column of ``y`` per output; L2, full-batch Adam) over
    binary features; features seen in fewer than ``min_count`` rows are dropped.
    Returns (feature -> weights per output, bias per output)."""
    counts = Counter(f for r in rows for f in set(r))
    vocab = sorted(f for f, c in counts.items() if c >= min_count and f != "BIAS")
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for n, r in enumerate(rows):
        for f in r:
            if f in index:
                x[n, index[f]] = 1.0
    y = y.astype(np.float32)
    w = np.zeros((len(vocab), y.shape[1]), dtype=np.float32)
    b = np.zeros(y.shape[1], dtype=np.float32)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    for step in range(1, EPOCHS + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        err = (p - y) / len(rows)
        g_w = x.T @ err + L2 * w
        g_b = err.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (
                np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: w[i] for f, i in index.items() if np.abs(w[i]).max() >= 1e-3}, b


def merge_attrs(parts: list[dict[str, list[int]]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for p in parts:
        for k, (hit, tot) in p.items():
            cur = out.setdefault(k, [0, 0])
            cur[0] += hit
            cur[1] += tot
    return out
