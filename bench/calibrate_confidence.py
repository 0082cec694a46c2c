"""Reliability of event confidence: ``python -m bench.calibrate_confidence DIR [DIR…]``.

Scores every predicted event (end-to-end path, as ``newswire eval``) and prints, per
confidence value, how many events carry it and how many of them are correct. A
calibrated coder has precision close to the confidence in every row; the values live in
``pipeline/data/confidence.toml``, one per event shape.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from bench.eval_events import make_predict
from pipeline.evaluate import dedupe, matches


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", type=Path, nargs="+")
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
    print("| confidence | events | precision |\n|---|---|---|")
    for conf in sorted(rows):
        hits, n = rows[conf]
        print(f"| {conf:.2f} | {n} | {hits / n:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
