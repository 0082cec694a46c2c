"""Smoke test of ``newswire bench``: the whole harness on a few articles, no timed asserts.

Rates on a shared CI machine say nothing; what must hold is that every phase completes,
every article reaches ``articles.coded`` and the script-readable lines are there and sane.
"""

from __future__ import annotations

import io
import math
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agents.config import load_settings
from bench.harness import percentile, run_bench

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold"


def test_bench_runs_on_a_few_articles_and_prints_the_ratio_lines() -> None:
    out = io.StringIO()
    settings = load_settings(None).with_overrides(partitions=2)
    report = run_bench(settings, articles=3, half_load_articles=3, out=out)
    text = out.getvalue()

    lines = dict(re.findall(r"^([a-z_0-9 /]+)=(\S+)$", text, re.MULTILINE))
    for key in ("ratio pipeline/limit", "ratio two_workers/limit",
                "p99_latency_ms_at_half_load", "peak_rss_mb_per_worker",
                "time_to_first_event_s", "nproc", "cluster_cost_fraction"):
        assert key in lines, f"missing {key!r} in:\n{text}"
    ratio = float(lines["ratio pipeline/limit"])
    assert math.isfinite(ratio) and ratio > 0
    assert float(lines["ratio two_workers/limit"]) > 0
    assert float(lines["p99_latency_ms_at_half_load"]) > 0
    assert 50 < float(lines["peak_rss_mb_per_worker"]) < 8192  # spaCy sm + Faust
    assert float(lines["time_to_first_event_s"]) > 0
    assert int(lines["nproc"]) >= 1

    # Every article was processed, none dead-lettered or taken for a duplicate.
    assert report.one.statuses == {"coded": 3}
    assert report.two.statuses == {"coded": 3}
    assert report.no_cluster is not None and report.no_cluster.statuses == {"coded": 3}
    assert -1 < float(lines["cluster_cost_fraction"]) < 1  # noise can make it negative
    assert len(report.one.half_latencies_ms) == 3


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile([7.0], 99) == 7
    assert math.isnan(percentile([], 50))


def test_the_typer_experiment_still_sees_every_coded_event(tmp_path: Path) -> None:
    """``bench.typer_collect`` wraps private functions of ``pipeline.extract``; a refactor
    of their signatures must fail here, not silently when someone reruns the experiment."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "iraq-invades-kuwait-1990.json", gold)
    out = tmp_path / "collected.pkl"
    subprocess.run([sys.executable, "-m", "bench.typer_collect", str(out), str(gold)],
                   check=True, cwd=ROOT, capture_output=True, timeout=300)
    articles = pickle.loads(out.read_bytes())
    events = [e for a in articles for e in a["preds"]]
    assert events and all(e["_trig"] is not None for e in events)
    assert all(a["cands"] for a in articles)
