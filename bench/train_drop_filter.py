"""Train the learned drop filter (``pipeline.drop_filter``) on the coder's own parse.

``python -m bench.train_drop_filter DUMP --train IDS [--eval NAME=IDS ...] [--out PATH]``

``DUMP`` is a directory of ``<id>.json`` files, each the coder's events for one gold
article with the facts it knew when it emitted each one (``{"events": [...], "facts":
{event_id: {...}}}``). Missing files are written first by running the coder (rules
alone: a ``FactRecorder`` in the filter's place) over the gold articles ``IDS`` names
(``--gold``, default ``tests/data/gold``; an ``--eval`` value may be a gold dir); delete
the directory to collect afresh after the rules change. Deterministic: the same dump
gives the same figures and the same model file byte for byte.

1. Each article's predictions are de-duplicated as the scorer does and labelled as in
   ``bench.train_event_filter`` (v1): correct, wrong, or left out (only optional gold
   matched). Each is described by ``pipeline.drop_filter.rows``, as at run time: the trigger token
   the coder used (lemma, POS, dependency, head, negation/modal/aux children, depth),
   the lexicon entry, how each actor was found, the other events of its sentence, modality,
   headline, sentence position and article length.
2. Article-level cross-validation on ``--train`` at each threshold in ``THRESHOLDS``
   (every event under it dropped), against the rules alone; the threshold with the best
   pooled F1 is kept.
3. A model trained on all of ``--train`` scores each ``--eval`` set (aggregate lines
   only) and, with ``--out``, is written there.

Retrain the packaged model on the current rules (one command; the dump is collected
first, ~3 minutes on a quiet machine)::

    python -m bench.train_drop_filter /tmp/drop-dump --train tests/data/gold \
        --out pipeline/data/drop_filter.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bench.model_training import fit_logistic, merge_attrs
from bench.train_event_filter import label
from pipeline.drop_filter import DropFilter, FactRecorder, rows
from pipeline.evaluate import ArticleResult, Pred, Report, dedupe, score_article

THRESHOLDS = (0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


@dataclass
class Article:
    gold: dict[str, Any]
    events: list[dict[str, Any]]
    rows: list[list[str]]  # one per event
    preds: list[Pred]  # de-duplicated as the scorer does
    pred_rows: list[list[str]]  # the first event's row per de-duplicated prediction
    labels: list[int | None]  # 1 correct, 0 wrong, None only optional gold matched


def collect(dump: Path, golds: list[dict[str, Any]]) -> None:
    """Write ``dump/<id>.json`` for every gold article not yet there."""
    todo = [g for g in golds if not (dump / f"{g['id']}.json").exists()]
    if not todo:
        return
    from bench.model_training import Coder
    from pipeline.enrich import enrich
    from schemas.codec import as_dict

    dump.mkdir(parents=True, exist_ok=True)
    coder = Coder()
    for n, gold in enumerate(todo, 1):
        rec = FactRecorder()
        extracted = coder.extract(coder.annotate(gold["article"]), judge=rec)
        events, _ = enrich(extracted, gazetteer=coder.gazetteer, now=coder.now)
        out = {"events": [as_dict(e) for e in events],
               "facts": {f["event_id"]: f for f in rec.facts}}
        (dump / f"{gold['id']}.json").write_text(json.dumps(out, sort_keys=True, default=str))
        if n % 50 == 0:
            print(f"collected {n}/{len(todo)}", flush=True)


def load(dump: Path, golds: list[dict[str, Any]]) -> list[Article]:
    arts = []
    for gold in sorted(golds, key=lambda g: str(g["id"])):
        d = json.loads((dump / f"{gold['id']}.json").read_text("utf-8"))
        events = d["events"]
        described = rows([d["facts"][e["event_id"]] for e in events])
        preds = dedupe(events)
        first: dict[tuple[str, str, str | None, str | None], list[str]] = {}
        for e, r in zip(events, described, strict=True):
            first.setdefault(_key(Pred.from_event(e)), r)
        arts.append(Article(gold, events, described, preds, [first[_key(p)] for p in preds],
                            [label(gold, p) for p in preds]))
    return arts


def _key(p: Pred) -> tuple[str, str, str | None, str | None]:
    return (p.sentence, p.type, p.src, p.tgt)


def fit(arts: list[Article], threshold: float) -> DropFilter:
    rows = [r for a in arts for r, y in zip(a.pred_rows, a.labels, strict=True)
            if y is not None]
    y = np.array([[y] for a in arts for y in a.labels if y is not None])
    w, b = fit_logistic(rows, y)
    return DropFilter({f: float(v[0]) for f, v in w.items()}, float(b[0]), threshold)


def scored(arts: list[Article], model: DropFilter | None) -> Report:
    """The articles scored as ``newswire eval`` does, with the events the model drops
    left out (each event judged by its own row, as at run time)."""
    results: list[ArticleResult] = []
    attrs: dict[str, list[int]] = {}
    for a in arts:
        events = a.events
        if model is not None:
            keep = model.keep(a.rows, [])
            events = [e for e, k in zip(a.events, keep, strict=True) if k]
        results.append(score_article(a.gold, events, attrs))
    return Report(articles=results, attrs=attrs)


def pooled(reports: list[Report]) -> Report:
    return Report(articles=[r for rep in reports for r in rep.articles],
                  attrs=merge_attrs([rep.attrs for rep in reports]))


def golds_of(spec: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """The gold articles of a gold dir, or of an id-list file (ids in ``gold_dir``)."""
    paths = sorted(spec.glob("*.json")) if spec.is_dir() else [
        gold_dir / f"{i}.json" for i in spec.read_text("utf-8").split() if i]
    out = []
    for p in paths:
        g = json.loads(p.read_text("utf-8"))
        g.setdefault("id", p.stem)
        out.append(g)
    return out


def _attrs(rep: Report) -> str:
    return " ".join(f"{k} {hit / tot:.4f}" for k, (hit, tot) in sorted(rep.attrs.items())
                    if tot)


def dump_parser(doc: str) -> argparse.ArgumentParser:
    """The arguments the dump-reading commands share (this trainer and
    ``bench.calibrate_filter_confidence``)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--gold", type=Path, default=Path("tests/data/gold"))
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--eval", nargs="*", default=[], help="NAME=IDS_FILE or NAME=GOLD_DIR")
    ap.add_argument("--folds", type=int, default=5)
    return ap


def dumped(args: argparse.Namespace
           ) -> tuple[list[Article], list[tuple[str, list[dict[str, Any]]]]]:
    """The ``--train`` articles loaded from the dump (every missing file, ``--eval``'s
    too, collected first) and the ``--eval`` sets' gold by name."""
    train = golds_of(args.train, args.gold)
    evals = [(name, golds_of(Path(where), args.gold)) for name, _, where in
             (s.partition("=") for s in args.eval)]
    collect(args.dump, train + [g for _, gs in evals for g in gs])
    return load(args.dump, train), evals


def split(arts: list[Article], k: int) -> list[list[Article]]:
    """The article-level folds (by position in the sorted ids), the same in every command."""
    return [[a for i, a in enumerate(arts) if i % k == j] for j in range(k)]


def fold_models(arts: list[Article], k: int) -> list[DropFilter]:
    """Per fold of ``split``, the model fitted on the other folds (threshold 0.5)."""
    return [fit([a for i, a in enumerate(arts) if i % k != j], 0.5) for j in range(k)]


def main(argv: list[str] | None = None) -> int:
    ap = dump_parser(__doc__ or "")
    ap.add_argument("--out", type=Path, help="write the model trained on all of --train")
    args = ap.parse_args(argv)
    arts, evals = dumped(args)
    labels = Counter(y for a in arts for y in a.labels)
    print(f"{len(arts)} articles, {sum(len(a.preds) for a in arts)} predictions: "
          f"correct={labels[1]} wrong={labels[0]} optional-only={labels[None]}", flush=True)
    folds = split(arts, args.folds)
    models = fold_models(arts, args.folds)
    base = [scored(f, None) for f in folds]
    base_rep = pooled(base)
    print(f"rules only: {base_rep.summary_line()} | {_attrs(base_rep)}", flush=True)
    best_t, best_f1 = 0.0, base_rep.f1
    for t in THRESHOLDS:
        reps = [scored(f, replace(m, threshold=t)) for f, m in zip(folds, models, strict=True)]
        gains = " ".join(f"{r.f1 - b.f1:+.4f}" for r, b in zip(reps, base, strict=True))
        rep = pooled(reps)
        print(f"cv threshold {t}: {rep.summary_line()} gain={rep.f1 - base_rep.f1:+.4f} "
              f"folds {gains} | {_attrs(rep)}", flush=True)
        if rep.f1 > best_f1:
            best_t, best_f1 = t, rep.f1
    print(f"chosen threshold {best_t} (cv f1 {best_f1:.4f})", flush=True)
    model = fit(arts, best_t)
    top = sorted(model.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:20]
    print("heaviest features: " + ", ".join(f"{f} {w:+.2f}" for f, w in top), flush=True)
    for name, golds in evals:
        held = load(args.dump, golds)
        before, after = scored(held, None), scored(held, model)
        print(f"{name} rules only: {before.summary_line()} | {_attrs(before)}", flush=True)
        print(f"{name} filtered:   {after.summary_line()} gain={after.f1 - before.f1:+.4f} "
              f"| {_attrs(after)}", flush=True)
    if args.out is not None:
        args.out.write_bytes(model.to_json())
        print(f"wrote {args.out}: threshold {best_t}, {len(model.weights)} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
