"""Train the learned actor ranker (``pipeline.actor_ranker``) from gold.

``python -m bench.train_actor_ranker [GOLD_DIR ...] [--folds 5] [--eval DIR ...] [--out PATH]``
(default: ``tests/data/gold``). Deterministic: the same gold gives the same model file.

1. Every article is parsed once and coded by the rules, recording for each event the
   candidate parties and what the text says of them (``extract`` with a recording
   ranker that keeps the rules' pair).
2. An event whose sentence holds gold events of its type is labelled: a candidate is a
   right source (target) when it is the source (target) of one of them; events with no
   such gold event, and roles the gold leaves null, give no rows.
3. Cross-validation by article: a model per fold codes the fold's articles at several
   margins, scored as ``newswire eval`` scores them, for the record.
4. The model is trained on all articles and written to ``--out`` with ``--margin``
   (default 1.0: the rules' pairs stand, and the model picks only the pairs of the
   events the detector adds). Session 7 measured margins below 1.0: no cross-validated
   gain on the gold at 0.7 and above, losses below; on three fresh batches +0.000 to
   +0.017; on dev -0.008; and it overrode constructions the rules handle by design (the
   spec tests in tests/pipeline), so it stays off.
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
    fit_logistic,
    merge_attrs,
    parsed_gold,
    pred_key,
    score,
)
from pipeline.actor_ranker import MODEL_PATH, ROLES, ActorRanker, Candidate, code_of, features
from pipeline.evaluate import Pred, Report, dedupe, norm_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from schemas import Actor, AnnotatedArticle

MARGINS = (0.3, 0.5, 0.6, 0.7, 0.8, 1.0)


@dataclass
class Row:
    sentence: str
    event_type: str
    cands: list[Candidate]
    proposed: tuple[str | None, str | None]


@dataclass
class Recorder:
    """A ranker that keeps the rules' pair and records the candidates."""

    rows: list[Row] = field(default_factory=list)
    replaces_rules: bool = True  # asked for every rule event, to record it

    def choose(self, sent: Span, event_type: str, cands: list[Candidate],
               proposed: tuple[Actor | None, Actor | None]
               ) -> tuple[Actor | None, Actor | None]:
        self.rows.append(Row(sent.text, event_type,
                             [Candidate(c.code, c.actor, set(c.facts)) for c in cands],
                             (code_of(proposed[0]), code_of(proposed[1]))))
        return proposed

    def best(self, sent: Span, event_type: str, cands: list[Candidate],
             proposed: tuple[Actor | None, Actor | None]
             ) -> tuple[Actor | None, Actor | None]:
        return proposed


@dataclass
class Article:
    gold: dict[str, Any]
    annotated: AnnotatedArticle
    rows: list[Row]


def examples(arts: list[Article]) -> dict[str, tuple[list[list[str]], list[bool]]]:
    """Training rows per role: (features, is the gold party)."""
    out: dict[str, tuple[list[list[str]], list[bool]]] = {r: ([], []) for r in ROLES}
    for a in arts:
        for row in a.rows:
            text = norm_text(row.sentence)
            golds = [g for g in a.gold["events"]
                     if row.event_type in (g["type"] if isinstance(g["type"], list)
                                           else [g["type"]])
                     and norm_text(g["evidence"]) in text]
            sources = {g["source"] for g in golds if g.get("source")}
            targets = {g["target"] for g in golds if g.get("target")}
            source = next(iter(sources)) if len(sources) == 1 else row.proposed[0]
            for c in row.cands:
                if sources:
                    out["source"][0].append(features(c, row.event_type))
                    out["source"][1].append(c.code in sources)
                if targets:
                    out["target"][0].append(features(c, row.event_type, source))
                    out["target"][1].append(c.code in targets)
    return out


def fit(arts: list[Article], margin: float = 0.2) -> ActorRanker:
    weights: dict[str, dict[str, float]] = {}
    for role, (rows, ys) in examples(arts).items():
        w, b = fit_logistic(rows, np.array(ys, dtype=np.float32)[:, None])
        weights[role] = {f: float(v[0]) for f, v in w.items()}
        weights[role]["BIAS"] = float(b[0])
    return ActorRanker(weights=weights, margin=margin)


def _with(model: ActorRanker, margin: float) -> ActorRanker:
    return ActorRanker(weights=model.weights, margin=margin)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="*", default=[Path("tests/data/gold")])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--eval", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--margin", type=float, default=1.0,
                    help="margin written into the model (1.0: never replace the rules' pair)")
    args = ap.parse_args(argv)
    coder = Coder()
    arts: list[Article] = []
    for gold, annotated in parsed_gold(coder, args.gold_dirs):
        rec = Recorder()
        coder.extract(annotated, ranker=rec)
        arts.append(Article(gold, annotated, rec.rows))
    base: set[tuple[str, str, str | None, str | None]] = set()
    for a in arts:
        base.update(pred_key(p) for p in dedupe(coder.code(a.annotated)))

    def changed(p: Pred) -> bool:
        return pred_key(p) not in base

    pairs = [(a.gold, a.annotated) for a in arts]
    rules = score(coder, pairs, changed)
    print(f"{len(arts)} articles, {sum(len(a.rows) for a in arts)} events")
    print(f"rules only:      {rules.report.summary_line()}", flush=True)
    if args.eval:
        model = fit(arts)
        held = parsed_gold(coder, args.eval)
        sc = score(coder, held, lambda p: False)
        print(f"eval rules only: {sc.report.summary_line()}", flush=True)
        for m in MARGINS:
            sc = score(coder, held, lambda p: False, ranker=_with(model, m))
            print(f"eval margin {m:.2f}: {sc.report.summary_line()}", flush=True)
    pooled: dict[float, list[Any]] = {m: [] for m in MARGINS}
    for k in range(args.folds):
        test = [a for i, a in enumerate(arts) if i % args.folds == k]
        model = fit([a for i, a in enumerate(arts) if i % args.folds != k])
        for m in MARGINS:
            pooled[m].append(score(coder, [(a.gold, a.annotated) for a in test], changed,
                                   ranker=_with(model, m)))
    for m, parts in pooled.items():
        if not parts:
            continue
        rep = Report(articles=[r for p in parts for r in p.report.articles],
                     attrs=merge_attrs([p.report.attrs for p in parts]))
        n, right = sum(p.changed for p in parts), sum(p.changed_right for p in parts)
        print(f"cv margin {m:.2f}: {rep.summary_line()}  changed={n} right={right}",
              flush=True)
    final = fit(arts, args.margin)
    args.out.write_bytes(final.to_json())
    print(f"wrote {args.out}: margin {args.margin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
