"""Calibrate the drop filter's probability into event confidence (``pipeline.filter_confidence``).

``python -m bench.calibrate_filter_confidence DUMP --train IDS [--unseen IDS ...]
[--eval NAME=IDS ...] [--out PATH]``

``DUMP`` and ``IDS`` are the drop filter trainer's (``bench.train_drop_filter``: the
coder's events with their facts per gold article; missing files are collected first).
Deterministic: the same dump gives the same figures and the same file byte for byte.

1. Article-level cross-validation on ``--train``, with the trainer's folds, labels
   (correct = matches a required gold event; events matching only optional gold left out)
   and model fit: every labelled prediction gets an out-of-fold probability.
2. Isotonic regression (pool-adjacent-violators) of correctness on those probabilities,
   blocks of fewer than ``MIN_EVENTS`` events merged into a neighbour: a monotone step map,
   written with ``--out`` (it names the packaged model file it was made for).
3. Reliability, out of fold, of the events the packaged model's threshold keeps: each
   fold's confidence from a map fitted on the other folds' out-of-fold probabilities
   (cross-fitted: no event calibrates itself), against the shape confidence
   (``pipeline.event_confidence``) of the same events; each ``--eval`` set with the
   packaged model and the map (aggregate lines only).
4. With ``--unseen``: articles that neither the rules nor the model were written from (a
   session's fresh batches and its check set, never read by a rule writer, left out of
   ``--train``). Out-of-fold probabilities on ``--train`` are out of the *model's* fold but
   not the *rules'*: the rules were written from those articles, so their events are right
   more often there than on new text, and a map fitted on them over-promises on new text
   (0.06-0.13 on every held-out batch of sessions 25-27). With ``--unseen`` the written map
   is fitted on the packaged model's probabilities of the unseen articles' events instead,
   and both maps are compared on them cross-fitted (article folds of the unseen set: each
   fold's confidence from a map fitted on the others) and on each ``--eval`` set. Session 28
   measured this map and did not adopt it (``holdout-s29`` ECE 0.088 -> 0.098): the
   packaged map is fitted out of fold.

Recompute the packaged map after the drop filter is retrained or its features change (one
command; the dump is the trainer's, collected first if missing; ``IDS`` the same ``--train``
the model had)::

    python -m bench.calibrate_filter_confidence /tmp/drop-dump --train IDS \
        --out pipeline/data/drop_filter_calibration.json
"""

from __future__ import annotations

import itertools
from pathlib import Path

from bench.calibrate_confidence import print_reliability
from bench.train_drop_filter import (
    Article,
    collect,
    dump_parser,
    dumped,
    fold_models,
    golds_of,
    load,
    split,
)
from pipeline.drop_filter import MODEL_PATH, DropFilter, load_drop_filter
from pipeline.filter_confidence import Calibration, calibration_json, model_digest

#: the fewest events a step of the map may rest on (a smaller block joins a neighbour)
MIN_EVENTS = 60

Pairs = list[tuple[float, int]]  # (probability or confidence, 1 correct / 0 wrong)
Events = list[tuple[float, float, int]]  # (probability, shape confidence, label)


def isotonic(pairs: Pairs, min_events: int = MIN_EVENTS) -> Calibration:
    """The monotone step map of correctness on probability (pool-adjacent-violators)."""
    tied: dict[float, list[float]] = {}  # equal probabilities first: one point each
    for p, y in pairs:
        tie = tied.setdefault(p, [p, p, 0.0, 0.0])
        tie[2] += y
        tie[3] += 1
    blocks: list[list[float]] = []  # [lowest p, highest p, correct, events]
    for p in sorted(tied):
        blocks.append(tied[p])
        while len(blocks) > 1 and _mean(blocks[-2]) >= _mean(blocks[-1]):
            _merge(blocks, len(blocks) - 2)
    while len(blocks) > 1:
        small = [i for i, b in enumerate(blocks) if b[3] < min_events]
        if not small:
            break
        i = min(small, key=lambda j: (blocks[j][3], j))
        if i == 0:
            _merge(blocks, 0)
        elif i == len(blocks) - 1:
            _merge(blocks, i - 1)
        else:  # into the neighbour whose precision is nearer
            left = abs(_mean(blocks[i]) - _mean(blocks[i - 1]))
            right = abs(_mean(blocks[i + 1]) - _mean(blocks[i]))
            _merge(blocks, i - 1 if left <= right else i)
    edges = [0.0] + [round((a[1] + b[0]) / 2, 4) for a, b in itertools.pairwise(blocks)]
    return Calibration(tuple(edges), tuple(round(_mean(b), 4) for b in blocks))


def _mean(block: list[float]) -> float:
    return block[2] / block[3]


def _merge(blocks: list[list[float]], i: int) -> None:
    a, b = blocks[i], blocks.pop(i + 1)
    blocks[i] = [a[0], b[1], a[2] + b[2], a[3] + b[3]]


def _labelled(art: Article, model: DropFilter) -> Events:
    """(probability, shape confidence, label) of an article's labelled predictions."""
    return [(model.probability(r), float(p.raw.get("confidence") or 0.0), y)
            for p, r, y in zip(art.preds, art.pred_rows, art.labels, strict=True)
            if y is not None]


def compare(name: str, events: Events, cal_of: list[Calibration],
            threshold: float) -> None:
    """Reliability of the kept events' new confidence against their shape confidence."""
    kept = [(p, s, y, c) for (p, s, y), c in zip(events, cal_of, strict=True)
            if p >= threshold]
    new = [(c(p), y) for p, _, y, c in kept]
    old = [(s, y) for _, s, y, _ in kept]
    print(f"## {name}: {len(kept)} kept events (of {len(events)} labelled), "
          f"threshold {threshold}")
    print_reliability(new, f"{name} filter confidence")
    print_reliability(old, f"{name} shape confidence")


def main(argv: list[str] | None = None) -> int:
    ap = dump_parser(__doc__ or "")
    ap.add_argument("--model", type=Path, default=MODEL_PATH,
                    help="the packaged drop filter (its threshold and digest)")
    ap.add_argument("--unseen", type=Path, nargs="*", default=[],
                    help="IDS_FILE or GOLD_DIR of articles no rule and no model was written "
                         "from: the written map is fitted on them (see 4. above)")
    ap.add_argument("--out", type=Path, help="write the map (fitted on all out-of-fold "
                                             "events, or on --unseen's)")
    args = ap.parse_args(argv)
    unseen_golds = [g for spec in args.unseen for g in golds_of(spec, args.gold)]
    trained = {g["id"] for g in golds_of(args.train, args.gold)}
    if trained & {g["id"] for g in unseen_golds}:  # refused before anything is collected
        raise SystemExit("--unseen articles must not be in --train (the model saw them)")
    if unseen_golds:
        collect(args.dump, unseen_golds)
    arts, evals = dumped(args)
    k = args.folds
    folds = split(arts, k)
    oof: list[Events] = []
    for fold, model in zip(folds, fold_models(arts, k), strict=True):
        oof.append([e for a in fold for e in _labelled(a, model)])
    everything = [(p, y) for p, _, y in _flat(oof)]
    cal = isotonic(everything)
    _print_map(f"{len(arts)} articles, {len(everything)} labelled out-of-fold predictions",
               cal)
    packaged = load_drop_filter(args.model)
    compare("out of fold", _flat(oof), _cross_fitted(oof), packaged.threshold)
    written, fitted_on = cal, "out-of-fold"
    if unseen_golds:
        unseen = load(args.dump, unseen_golds)
        per_fold = [[e for a in fold for e in _labelled(a, packaged)]
                    for fold in split(unseen, k)]
        events = _flat(per_fold)
        on_unseen = [(p, y) for p, _, y in events]
        written = isotonic(on_unseen)
        fitted_on = f"unseen: {len(unseen)} articles"
        _print_map(f"{len(unseen)} unseen articles, {len(on_unseen)} labelled predictions",
                   written)
        compare("unseen, the out-of-fold map", events, [cal] * len(events),
                packaged.threshold)
        compare("unseen, cross-fitted unseen map", events, _cross_fitted(per_fold),
                packaged.threshold)
    for name, golds in evals:
        held = [e for a in load(args.dump, golds) for e in _labelled(a, packaged)]
        compare(name, held, [cal] * len(held), packaged.threshold)
        if unseen_golds:
            compare(f"{name}, the unseen map", held, [written] * len(held),
                    packaged.threshold)
    if args.out is not None:
        events_in = len(on_unseen) if unseen_golds else len(everything)
        args.out.write_bytes(calibration_json(written, model=model_digest(args.model),
                                              events=events_in, folds=k,
                                              fitted_on=fitted_on))
        print(f"wrote {args.out}: {len(written.edges)} steps, fitted on {fitted_on}")
    return 0


def _flat(folds: list[Events]) -> Events:
    return [e for fold in folds for e in fold]


def _cross_fitted(folds: list[Events]) -> list[Calibration]:
    """One map per event: isotonic on every fold but the event's own."""
    maps = [isotonic([(p, y) for m, fold in enumerate(folds) if m != j for p, _, y in fold])
            for j in range(len(folds))]
    return [maps[j] for j, fold in enumerate(folds) for _ in fold]


def _print_map(what: str, cal: Calibration) -> None:
    print(f"{what}; map of {len(cal.edges)} steps: " + " ".join(
        f"{e:.3f}->{v:.2f}" for e, v in zip(cal.edges, cal.values, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
