"""Headline events: ``python -m bench.headline_events DIR [DIR…]``.

Lists every required gold event whose evidence lies in the article's title as matched
(OK) or missed (MISS), with the predictions whose sentence holds it, and the count. The
title states the story's main event, so a miss here is a miss that matters.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.eval_events import make_predict
from pipeline.evaluate import dedupe, load_gold, matches, norm_text


def main(argv: list[str] | None = None) -> int:
    dirs = sys.argv[1:] if argv is None else argv
    predict = make_predict([])
    total = hit = 0
    for d in dirs:
        for doc in load_gold(Path(d)):
            title = norm_text(doc["article"].get("title", ""))
            golds = [g for g in doc["events"] if not g.get("optional")
                     and norm_text(g["evidence"]) in title]
            if not golds:
                continue
            preds = dedupe(predict(doc["article"]))
            for g in golds:
                ok = any(matches(g, p) for p in preds)
                total += 1
                hit += ok
                near = [f"{p.type} {p.src}->{p.tgt} [{p.raw.get('trigger', '')}]"
                        for p in preds if norm_text(g["evidence"]) in norm_text(p.sentence)]
                print(f"{'OK  ' if ok else 'MISS'} {doc['id']}: {g['type']} "
                      f"{g.get('source')}->{g.get('target')} | {doc['article']['title']!r}"
                      f" | predicted there: {near}")
    print(f"headline gold events: {hit}/{total} matched")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
