"""Where a gold batch's event F1 is lost, as aggregate counts only.

    python -m bench.loss_breakdown DIR [DIR ...]

For the required gold events the coder misses: how many had no prediction in their
sentence, one of another type only, or the right type with the wrong country pair (and, for
those, which side was wrong: the target, the source, both swapped, or both); for its
false positives: how many sit in a sentence with no gold event, beside gold of another
type only, or beside gold of the same type with another pair. Then the F1 the batch would
score with the country pair ignored, and with pair and type ignored (sentences found).

It prints no sentence and no event, so it may be run on a held-out batch without reading
its errors (the README's "where the loss is" figures come from it).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

from bench.eval_events import make_predict
from pipeline.evaluate import Pred, dedupe, load_gold, matches, norm_text, score_article

MISS_KINDS = ("no prediction in sentence", "another type only", "right type, wrong pair")
PAIR_KINDS = ("target wrong", "target wrong, coded domestic",
              "target wrong, gold domestic", "source wrong", "swapped", "both wrong")
FP_KINDS = ("no gold event in sentence", "gold of another type only",
            "gold of that type, another pair")


def _types(gold: dict[str, Any]) -> list[str]:
    return gold["type"] if isinstance(gold["type"], list) else [gold["type"]]


def _in_sentence(gold: dict[str, Any], p: Pred) -> bool:
    return norm_text(gold["evidence"]) in norm_text(p.sentence)


def miss_kind(gold: dict[str, Any], preds: list[Pred]) -> str:
    near = [p for p in preds if _in_sentence(gold, p)]
    if not near:
        return MISS_KINDS[0]
    return MISS_KINDS[2] if any(p.type in _types(gold) for p in near) else MISS_KINDS[1]


def pair_kind(gold: dict[str, Any], preds: list[Pred]) -> str:
    """Which side of the pair a right-type prediction in the gold event's sentence got
    wrong (the closest such prediction: one side wrong before a swap before both)."""
    src, tgt = gold.get("source"), gold.get("target")

    def kind(p: Pred) -> tuple[int, str]:
        src_ok = src is None or p.src == src
        tgt_ok = tgt is None or p.tgt == tgt
        if src_ok and not tgt_ok:
            if src is not None and src == tgt:
                return 0, PAIR_KINDS[2]
            return 0, PAIR_KINDS[1] if p.tgt is not None and p.tgt == p.src else PAIR_KINDS[0]
        if tgt_ok and not src_ok:
            return 0, PAIR_KINDS[3]
        if p.src == tgt and p.tgt == src:
            return 1, PAIR_KINDS[4]
        return 2, PAIR_KINDS[5]

    near = [p for p in preds if _in_sentence(gold, p) and p.type in _types(gold)]
    return min(map(kind, near))[1] if near else ""


def fp_kind(p: Pred, golds: list[dict[str, Any]]) -> str:
    near = [g for g in golds if _in_sentence(g, p)]
    if not near:
        return FP_KINDS[0]
    return FP_KINDS[2] if any(p.type in _types(g) for g in near) else FP_KINDS[1]


def masked_counts(preds: list[Pred], golds: list[dict[str, Any]], *, ignore_type: bool
                  ) -> tuple[int, int, int, int]:
    """(correct, predicted, matched required, required) with the pair ignored, and the
    type too when ``ignore_type``; predictions that become equal count once."""
    def mask_pred(p: Pred) -> Pred:
        return dataclasses.replace(p, src=None, tgt=None,
                                   type="ANY" if ignore_type else p.type)

    masked: dict[tuple[str, str], Pred] = {}
    for p in map(mask_pred, preds):
        masked.setdefault((norm_text(p.sentence), p.type), p)
    mgolds = [dict(g, source=None, target=None, type="ANY" if ignore_type else g["type"])
              for g in golds]
    correct = sum(any(matches(g, p) for g in mgolds) for p in masked.values())
    required = [g for g in mgolds if not g.get("optional")]
    hit = sum(any(matches(g, p) for p in masked.values()) for g in required)
    return correct, len(masked), hit, len(required)


def f1(correct: int, predicted: int, hit: int, required: int) -> float:
    p = correct / predicted if predicted else 0.0
    r = hit / required if required else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="+")
    args = ap.parse_args(argv)
    predict = make_predict([])
    for gold_dir in args.gold_dirs:
        misses: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        fps: Counter[str] = Counter()
        levels = {"as scored": [0, 0, 0, 0], "pair ignored": [0, 0, 0, 0],
                  "pair and type ignored": [0, 0, 0, 0]}
        for doc in load_gold(gold_dir):
            events = predict(doc["article"])
            preds = dedupe(events)
            golds: list[dict[str, Any]] = doc.get("events", [])
            # the scorer's own matching, so these counts cannot drift from the F1
            result = score_article(doc, events, {})
            misses.update(miss_kind(g, preds) for g in result.missed)
            pairs.update(k for g in result.missed if (k := pair_kind(g, preds)))
            fps.update(fp_kind(p, golds) for p in result.false_positives)
            rows = [(result.correct, result.predicted, result.matched_required,
                     result.gold_required),
                    masked_counts(preds, golds, ignore_type=False),
                    masked_counts(preds, golds, ignore_type=True)]
            for key, row in zip(levels, rows, strict=True):
                levels[key] = [a + b for a, b in zip(levels[key], row, strict=True)]
        print(f"{gold_dir}:")
        print("  missed required: " + ", ".join(f"{k} {misses[k]}" for k in MISS_KINDS))
        print("  of which wrong pair: " + ", ".join(f"{k} {pairs[k]}" for k in PAIR_KINDS))
        print("  false positives: " + ", ".join(f"{k} {fps[k]}" for k in FP_KINDS))
        print("  F1: " + ", ".join(f"{k} {f1(*v):.3f}" for k, v in levels.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
