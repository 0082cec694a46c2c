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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agents.config import load_settings
from agents.resources import detect_language, load_gazetteer, load_nlp
from pipeline import __version__
from pipeline.annotate import annotate_batch
from pipeline.article_files import from_mapping
from pipeline.enrich import enrich
from pipeline.evaluate import score_dir
from pipeline.event_detector import learned_models
from pipeline.extract import extract
from pipeline.normalize import normalize
from schemas.codec import as_dict


def make_predict(timings: list[float]) -> Any:
    settings = load_settings()  # NEWSWIRE_* env vars count (NEWSWIRE_LEARNED_DETECTOR=1)
    nlp = load_nlp(settings.model)
    gazetteer = load_gazetteer()
    now = datetime.now(UTC)

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        raw = from_mapping(article)
        clean = normalize(raw, detect_language=detect_language,
                          max_chars=settings.max_article_chars)
        ann = annotate_batch([clean], nlp, max_entities=settings.max_entities)[0]
        t0 = time.perf_counter()
        extracted = extract(ann, vocab=nlp.vocab, version=__version__, now=now,
                            max_events=settings.max_events_per_article,
                            **learned_models(settings.learned_detector))
        timings.append(time.perf_counter() - t0)
        events, _ = enrich(extracted, gazetteer=gazetteer, now=now)
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
