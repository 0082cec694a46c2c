"""Dev loop over the real end-to-end path: ``python -m bench.eval_events DIR [DIR…] [-v]``.

Same stages as ``newswire eval`` (normalize -> annotate -> extract -> enrich, with the
workers' spaCy pipeline and the shared gazetteer), plus the error listing (-v: false
positives, misses, attribute errors) and the extract time per article. Annotation is
done once per article and cached in memory, so ``--repeat`` can time extract alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from bench.model_training import Coder
from pipeline.enrich import enrich
from pipeline.evaluate import score_dir
from pipeline.event_detector import learned_models
from schemas.codec import as_dict


def make_predict(timings: list[float]) -> Any:
    """The coder as ``newswire eval`` runs it (``bench.model_training.Coder``, with the
    learned models where the settings ask), timing extract alone into ``timings``."""
    coder = Coder()
    models = learned_models(coder.settings.learned_detector, coder.settings.event_filter)

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        ann = coder.annotate(article)
        t0 = time.perf_counter()
        extracted = coder.extract(ann, **models)
        timings.append(time.perf_counter() - t0)
        events, _ = enrich(extracted, gazetteer=coder.gazetteer, now=coder.now)
        return [as_dict(ev) for ev in events]

    return predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", type=Path, nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    timings: list[float] = []
    predict = make_predict(timings)
    for gold_dir in args.gold_dirs:
        report = score_dir(gold_dir, predict)
        if args.verbose:
            print(report.details())
            print(report.type_table())
        print(f"{gold_dir}: {report.summary_line()}")
    print(f"extract: max {max(timings) * 1000:.0f} ms, mean "
          f"{sum(timings) / len(timings) * 1000:.0f} ms per article", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
