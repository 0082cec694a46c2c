"""The bench's in-process limit, run in a fresh process (``python -m bench.limit JOB``).

A fresh process for the same reason the worker is one: spaCy's vocabulary and lexeme
caches grow with every text parsed, and a second pass over the same articles in one
process ran 1.3-1.9x faster than the first. Measured in the bench's own process after a
first pass, the limit was flattered against a worker that sees each article once.

JOB is a pickle of ``(settings, warm-up articles, measured articles)``; the result is
one JSON line on stdout: ``{"rate": articles/s, "cpu_s": CPU seconds}``.
"""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import orjson

from pipeline.settings import Settings
from schemas import RawArticle


def run_limit(settings: Settings, warm: Sequence[RawArticle],
              articles: Sequence[RawArticle]) -> tuple[float, float]:
    """(articles/s, CPU seconds) of ``run_chain`` with every stage the worker runs: the
    fetch decision, the duplicate checks and story clustering too, not only the NLP.
    Models are loaded and warmed on ``warm`` first, as the bench warms each worker."""
    from agents.fetcher import policy_from
    from agents.offline import resources
    from pipeline.chain import WorkerStages, run_chain

    def stages() -> WorkerStages:
        return WorkerStages(policy_from(settings), settings.dedup_window_hours * 3600.0)

    res = resources(settings)
    run_chain(list(warm), res, settings, now=datetime.now(UTC), worker=stages())
    worker = stages()
    started, cpu = time.perf_counter(), time.process_time()
    run_chain(list(articles), res, settings, now=datetime.now(UTC), worker=worker)
    return len(articles) / (time.perf_counter() - started), time.process_time() - cpu


def main(argv: Sequence[str] = tuple(sys.argv[1:])) -> int:
    settings, warm, articles = pickle.loads(Path(argv[0]).read_bytes())
    rate, cpu_s = run_limit(settings, warm, articles)
    sys.stdout.write(orjson.dumps({"rate": rate, "cpu_s": cpu_s}).decode() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
