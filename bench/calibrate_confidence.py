"""Reliability of event confidence: ``python -m bench.calibrate_confidence DIR [DIR…]``.

Scores every predicted event (end-to-end path, as ``newswire eval``) and prints, per
confidence value, how many events carry it and how many of them are correct. A
calibrated coder has precision close to the confidence in every row; the values live in
``pipeline/data/confidence.toml``, one per event shape.

``--shapes`` prints the measured precision per shape instead, smoothed towards the
overall precision (``(correct + 5 * overall) / (n + 5)``): the numbers to put in
``confidence.toml`` after the coder changed. Each value in the current table identifies
its shape, so the shapes are recovered from the events' confidence.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import defaultdict
from pathlib import Path

from bench.eval_events import make_predict
from pipeline.evaluate import dedupe, matches

TABLE = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "confidence.toml"
#: Weight, in events, of the overall precision when smoothing a shape's precision.
PRIOR_EVENTS = 5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", type=Path, nargs="+")
    ap.add_argument("--shapes", action="store_true",
                    help="precision per event shape (the values for confidence.toml)")
    args = ap.parse_args(argv)
    predict = make_predict([])
    rows: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for gold_dir in args.gold_dirs:
        for path in sorted(gold_dir.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            for p in dedupe(predict(doc["article"])):
                row = rows[float(p.raw.get("confidence") or 0.0)]
                row[0] += any(matches(g, p) for g in doc.get("events", []))
                row[1] += 1
    if args.shapes:
        print_shapes(rows)
        return 0
    print("| confidence | events | precision |\n|---|---|---|")
    for conf in sorted(rows):
        hits, n = rows[conf]
        print(f"| {conf:.2f} | {n} | {hits / n:.2f} |")
    return 0


def print_shapes(rows: dict[float, list[int]]) -> None:
    raw = tomllib.loads(TABLE.read_text("utf-8"))
    shape_of = {round(float(v), 2): k for k, v in raw["table"].items()}
    if len(shape_of) != len(raw["table"]):
        raise SystemExit("two shapes share a confidence value: cannot tell them apart")
    hits = sum(h for h, _ in rows.values())
    total = sum(n for _, n in rows.values())
    overall = hits / max(total, 1)
    print(f"# {total} predicted events, overall precision {overall:.2f}")
    for conf, (h, n) in sorted(rows.items(), key=lambda kv: -kv[1][1]):
        shape = shape_of.get(round(conf, 2), f"default ({conf:.2f})")
        smoothed = (h + PRIOR_EVENTS * overall) / (n + PRIOR_EVENTS)
        print(f'"{shape}" = {smoothed:.2f}  # {h}/{n} correct')


if __name__ == "__main__":
    raise SystemExit(main())
