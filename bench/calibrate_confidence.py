"""Reliability of event confidence: ``python -m bench.calibrate_confidence DIR [DIR…]``.

Scores every predicted event (end-to-end path, as ``newswire eval``: the drop filter on
where the settings ask) and prints, per 0.1-wide confidence bin, how many events fall in
it, their mean confidence and their precision, then the expected calibration error (the
events' share-weighted gap between mean confidence and precision over the bins) and the
precision of the lowest and highest thirds of the events by confidence (how well it
separates right from wrong). Correct means matching a required gold event; events that
match only optional gold are left out, as the drop filter's trainer and its calibration
(``bench.calibrate_filter_confidence``) label them. With the drop filter on, confidence
is its calibrated probability (``pipeline.filter_confidence``); with it off
(``NEWSWIRE_EVENT_FILTER=false``), the measured precision of the event's shape
(``pipeline/data/confidence.toml``).

``--shapes`` prints the measured precision per shape instead (it refuses with the filter
on), smoothed towards the overall precision (``(correct + 5 * overall) / (n + 5)``): the
numbers to put in ``confidence.toml`` after the coder changed. Each value in the current
table identifies its shape, so the shapes are recovered from the events' confidence.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import defaultdict
from pathlib import Path

from agents.config import load_settings
from bench.eval_events import make_predict
from bench.train_event_filter import label
from pipeline.evaluate import dedupe

TABLE = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "confidence.toml"
#: Weight, in events, of the overall precision when smoothing a shape's precision.
PRIOR_EVENTS = 5
#: width of a reliability bin
BIN = 0.1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", type=Path, nargs="+")
    ap.add_argument("--shapes", action="store_true",
                    help="precision per event shape (the values for confidence.toml)")
    args = ap.parse_args(argv)
    if args.shapes and load_settings().event_filter:
        # the filter's calibrated confidences are no shape's value: the table would be wrong
        raise SystemExit("--shapes reads shape confidences: set NEWSWIRE_EVENT_FILTER=false")
    predict = make_predict([])
    pairs: list[tuple[float, int]] = []
    for gold_dir in args.gold_dirs:
        for path in sorted(gold_dir.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            for p in dedupe(predict(doc["article"])):
                y = label(doc, p)
                if y is not None:
                    pairs.append((float(p.raw.get("confidence") or 0.0), y))
    if args.shapes:
        rows: dict[float, list[int]] = defaultdict(lambda: [0, 0])
        for conf, y in pairs:
            rows[conf][0] += y
            rows[conf][1] += 1
        print_shapes(rows)
        return 0
    print_reliability(pairs, "confidence")
    return 0


def bins(pairs: list[tuple[float, int]]) -> list[tuple[float, int, float, float]]:
    """(bin's lower edge, events, mean confidence, precision) per non-empty bin."""
    by_bin: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for conf, y in pairs:
        by_bin[min(int(conf / BIN + 1e-9), round(1 / BIN) - 1)].append((conf, y))
    return [(b * BIN, len(v), sum(c for c, _ in v) / len(v), sum(y for _, y in v) / len(v))
            for b, v in sorted(by_bin.items())]


def ece(pairs: list[tuple[float, int]]) -> float:
    """Expected calibration error: the share-weighted |mean confidence - precision|."""
    return sum(n * abs(c - p) for _, n, c, p in bins(pairs)) / max(len(pairs), 1)


def thirds(pairs: list[tuple[float, int]]) -> tuple[float, float]:
    """Precision of the lowest and of the highest third of the events by confidence
    (ties kept in the events' order)."""
    ys = [y for _, y in sorted(pairs, key=lambda cy: cy[0])]
    n = len(ys) // 3
    return (sum(ys[:n]) / n, sum(ys[-n:]) / n) if n else (0.0, 0.0)


def print_reliability(pairs: list[tuple[float, int]], name: str) -> None:
    print(f"| {name} | events | mean confidence | precision |\n|---|---|---|---|")
    for lo, n, conf, prec in bins(pairs):
        print(f"| {lo:.1f}–{lo + BIN:.1f} | {n} | {conf:.2f} | {prec:.2f} |")
    low, high = thirds(pairs)
    hits = sum(y for _, y in pairs)
    print(f"{name}: {len(pairs)} events, precision {hits / max(len(pairs), 1):.3f}, "
          f"mean confidence {sum(c for c, _ in pairs) / max(len(pairs), 1):.3f}, "
          f"ECE {ece(pairs):.3f}, bottom third {low:.3f}, top third {high:.3f}")


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
