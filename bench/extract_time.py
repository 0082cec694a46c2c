"""Extract time for 650-750-word news articles: ``python -m bench.extract_time [N]``.

Issue 3's speed target is "``newswire extract`` of a 700-word article under 0.3 s after
the model is loaded". This times the coding step (``extract``, the rules over the parse)
and the parse (``annotate_batch`` of one article) separately, on real articles of that
length from ``../shared/corpus`` (read at run time, never copied), after one warm-up
article (the first extract in a process loads the coder's tables, ~1 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime

from agents.config import load_settings
from agents.resources import detect_language, load_nlp, settle_loaded
from bench.articles import load_articles
from pipeline import __version__
from pipeline.annotate import annotate_batch
from pipeline.event_detector import learned_models
from pipeline.extract import extract
from pipeline.normalize import normalize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_time",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=10,
                        help="articles to time after the warm-up (default 10)")
    want = parser.parse_args(argv).n
    settings = load_settings()  # NEWSWIRE_LEARNED_DETECTOR=true times the detector too
    # as the workers run it
    models = learned_models(settings.learned_detector, settings.event_filter)
    nlp = load_nlp(settings.model)
    now = datetime.now(UTC)
    cleans = []
    for raw in load_articles(400).articles:
        clean = normalize(raw, detect_language=detect_language,
                          max_chars=settings.max_article_chars)
        if 650 <= clean.word_count <= 750:
            cleans.append(clean)
        if len(cleans) > want:
            break
    if len(cleans) < 2:
        print("no 650-750-word articles found (is ../shared/corpus there?)", file=sys.stderr)
        return 1
    # Warm-up: the model and, on the first call, the coder's tables (people, places,
    # lexicons: ~1 s, once per process, as the worker's NLP child does at start).
    extract(annotate_batch(cleans[:1], nlp)[0], vocab=nlp.vocab, version=__version__, now=now,
            **models)
    settle_loaded()  # as the worker's NLP child does after its warm-up
    parse, code = [], []
    for clean in cleans[1:]:
        t0 = time.perf_counter()
        annotated = annotate_batch([clean], nlp)[0]
        t1 = time.perf_counter()
        extract(annotated, vocab=nlp.vocab, version=__version__, now=now, **models)
        parse.append(t1 - t0)
        code.append(time.perf_counter() - t1)
    n = len(code)
    both = max(p + c for p, c in zip(parse, code, strict=True))
    print(f"{n} articles of 650-750 words: extract mean {sum(code) / n * 1000:.0f} ms, "
          f"max {max(code) * 1000:.0f} ms; parse mean {sum(parse) / n * 1000:.0f} ms, "
          f"max {max(parse) * 1000:.0f} ms; both max {both * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
