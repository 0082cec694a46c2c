"""``newswire bench``: the pipeline on the embedded broker against its own in-process limit.

One run, the same articles throughout:

1. **limit** — ``run_chain`` in a fresh process (``bench/limit.py``): every stage
   function, no broker, the agents' batching (``nlp.pipe`` in batches of
   ``NEWSWIRE_NLP_BATCH_SIZE``), models warmed on one spare article as each worker is;
2. **pipeline** — a real ``newswire worker`` process on embedded Tansu; the articles are
   pushed to ``articles.raw`` as fast as the producer goes; rate from the first send to the
   last ``articles.coded`` record, latency per article from its send to its coded record;
3. **half load** — the same worker, fresh articles arriving open-loop (Poisson) at half of
   the rate step 2 measured: the latency a user sees when the pipeline is not saturated;
4. **two workers** — step 2 with two worker processes in one consumer group;
5. **cluster cost** — step 2 again with the story agents off (``NEWSWIRE_STORIES=false``):
   the event-loop thread's CPU per article with minus without, as a share of the worker's
   CPU per article: the story agents (their repartition topics, tables and
   ``newswire.stories`` sends included) run on the loop, and leaving the NLP threads out
   of the difference keeps their burst-to-burst noise out of it.

The machine is shared and noisy, so the figures that matter are the ratios against the
limit measured in the same run; they end the report as ``key=value`` lines.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import os
import pickle
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.partitioner import murmur2

from agents.broker import EmbeddedBroker
from agents.kafka import client_kwargs, ensure_topics, make_producer
from bench.articles import REPO, ArticleSet, load_articles
from bench.workers import BenchWorker, worker_env
from pipeline.settings import Settings
from schemas import RawArticle, dumps

QUICK = {"articles": 32, "half_load_articles": 16}
FULL = {"articles": 200, "half_load_articles": 150}


@dataclass
class PipelineRun:
    workers: int
    articles: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    dead_lettered: int = 0
    statuses: dict[str, int] = field(default_factory=dict)  # coded / duplicate / filtered
    first_event_s: float = 0.0  # worker spawn → first articles.coded record (model load)
    peak_rss_mb: list[float] = field(default_factory=list)
    half_rate: float = 0.0
    cpu_s: float = 0.0  # CPU seconds of all worker processes during the burst
    loop_cpu_s: float = 0.0  # of which their main (event loop) threads
    half_latencies_ms: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass
class BenchReport:
    source: str
    mean_chars: float
    limit_rate: float
    limit_cpu_s: float  # CPU seconds of this process during the limit run
    one: PipelineRun
    two: PipelineRun
    limit_runs: tuple[float, ...] = ()  # the limit before and after the 1-worker run
    no_cluster: PipelineRun | None = None  # step 2 with the story agents off
    lines: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------------ limit
def measure_limit(articles: Sequence[RawArticle], settings: Settings,
                  warm: Sequence[RawArticle]) -> tuple[float, float]:
    """(articles/s, CPU seconds) of ``run_chain`` with every stage the worker runs, in a
    fresh process warmed on ``warm`` like a worker (``bench/limit.py`` says why fresh)."""
    with tempfile.TemporaryDirectory(prefix="newswire-limit-") as tmp:
        job = Path(tmp) / "job.pkl"
        job.write_bytes(pickle.dumps((settings, list(warm), list(articles))))
        done = subprocess.run([sys.executable, "-m", "bench.limit", str(job)], cwd=REPO,
                              capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the limit run failed:\n{done.stderr[-3000:]}")
    result = orjson.loads(done.stdout.strip().splitlines()[-1])
    return float(result["rate"]), float(result["cpu_s"])


# ------------------------------------------------------------------ the broker side
class Collector:
    """Reads ``articles.coded`` and ``deadletter`` from the start; key → record time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.done_ms: dict[bytes, int] = {}
        self.dead: set[bytes] = set()
        self.status: dict[bytes, str] = {}
        self._consumer = AIOKafkaConsumer(group_id=None, enable_auto_commit=False,
                                          fetch_max_wait_ms=20,
                                          **client_kwargs(settings))
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        parts = [TopicPartition(self.settings.topic(t), p)
                 for t in ("articles.coded", "deadletter")
                 for p in range(self.settings.partitions)]
        self._consumer.assign(parts)
        await self._consumer.seek_to_beginning(*parts)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        dead_topic = self.settings.topic("deadletter")
        while True:
            batch = await self._consumer.getmany(timeout_ms=100)
            for tp, records in batch.items():
                for rec in records:
                    if rec.key is None:
                        continue
                    # CreateTime of the worker's produce call: when the article was done,
                    # not when this reader happened to poll.
                    self.done_ms.setdefault(rec.key, rec.timestamp)
                    if tp.topic == dead_topic:
                        self.dead.add(rec.key)
                        self.status.setdefault(rec.key, "deadletter")
                    else:
                        value = orjson.loads(rec.value) if rec.value else {}
                        self.status.setdefault(rec.key, str(value.get("status")))

    async def wait_for(self, keys: Sequence[bytes], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(k in self.done_ms for k in keys):
                return True
            await asyncio.sleep(0.02)
        return False

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
        await self._consumer.stop()


def warmup_articles(spare: Sequence[RawArticle], partitions: int) -> list[RawArticle]:
    """One article per partition (keys hashed as the producer does), so every worker in
    the group loads its models before the clock starts. The texts are spare articles,
    not copies of measured ones: a measured article must not be coded as a duplicate."""
    out: dict[int, RawArticle] = {}
    n = 0
    while len(out) < min(partitions, len(spare)):
        key = f"warmup-{n}"
        part = (murmur2(key.encode()) & 0x7FFFFFFF) % partitions
        if part not in out:
            out[part] = dataclasses.replace(spare[len(out)], article_id=key)
        n += 1
    return list(out.values())


async def _send(producer: object, topic: str, article: RawArticle,
                sent_ms: dict[bytes, int]) -> asyncio.Future[object]:
    key = article.article_id.encode()
    now_ms = int(time.time() * 1000)
    sent_ms[key] = now_ms
    return await producer.send(topic, key=key, value=dumps(article),  # type: ignore[attr-defined]
                               timestamp_ms=now_ms)


async def run_pipeline(broker: EmbeddedBroker, settings: Settings, articles: list[RawArticle],
                       *, workers: int, half_load: list[RawArticle], spare: list[RawArticle],
                       log_dir: Path, timeout: float, half_rate: float | None = None,
                       env: dict[str, str] | None = None) -> PipelineRun:
    """Start ``workers`` processes on fresh topics, push the articles, measure.

    The half-load phase runs at ``half_rate`` articles/s, by default half of the rate
    this run's burst measured."""
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    s = settings.with_overrides(broker=broker.url, topic_prefix=prefix,
                                app_id=f"{prefix}-app")
    await ensure_topics(s)
    run = PipelineRun(workers=workers)
    collector = Collector(s)
    await collector.start()
    producer = make_producer(s, linger_ms=0)
    await producer.start()
    env = worker_env(broker.url, prefix, s.partitions) | (env or {})
    procs = [BenchWorker(env, log_dir / f"{prefix}-worker{i}.log") for i in range(workers)]
    raw_topic = s.topic("articles.raw")
    sent_ms: dict[bytes, int] = {}
    try:
        deadline = time.monotonic() + 120
        while not all(w.is_ready() for w in procs):
            if time.monotonic() > deadline:
                raise TimeoutError("bench workers not ready after 120 s")
            await asyncio.sleep(0.1)
        # Warm-up: time to first event, and every worker's models loaded.
        warm = warmup_articles(spare, s.partitions if workers > 1 else 1)
        for w in warm:
            await _send(producer, raw_topic, w, sent_ms)
        keys = [w.article_id.encode() for w in warm]
        if not await collector.wait_for(keys, 180):
            raise TimeoutError("warm-up articles never reached articles.coded")
        run.first_event_s = min(collector.done_ms[k] for k in keys) / 1000 - procs[0].started

        # Burst: as fast as the producer goes; the rate is first send → last coded record.
        spies = [profile_worker(w, log_dir) for w in procs]
        cpu_before = sum(w.cpu_seconds() for w in procs)
        loop_before = sum(w.loop_cpu_seconds() for w in procs)
        futures = [await _send(producer, raw_topic, a, sent_ms) for a in articles]
        await asyncio.gather(*futures)
        keys = [a.article_id.encode() for a in articles]
        ok = await collector.wait_for(keys, timeout)
        run.cpu_s = sum(w.cpu_seconds() for w in procs) - cpu_before
        run.loop_cpu_s = sum(w.loop_cpu_seconds() for w in procs) - loop_before
        for spy in spies:
            stop_profile(spy)
        if not ok:
            missing = sum(k not in collector.done_ms for k in keys)
            raise TimeoutError(f"{missing} of {len(keys)} articles not coded in {timeout:.0f}s")
        first = min(sent_ms[k] for k in keys)
        last = max(collector.done_ms[k] for k in keys)
        run.articles, run.seconds = len(keys), max(last - first, 1) / 1000
        run.latencies_ms = [collector.done_ms[k] - sent_ms[k] for k in keys]
        run.dead_lettered = sum(k in collector.dead for k in keys)
        run.statuses = dict(Counter(collector.status.get(k, "?") for k in keys))

        if half_load:
            run.half_rate = half_rate or run.rate / 2
            run.half_latencies_ms = await _open_loop(producer, raw_topic, half_load,
                                                     run.half_rate, collector, sent_ms,
                                                     timeout)
        run.peak_rss_mb = [w.peak_rss_mb() or 0.0 for w in procs]
    finally:
        for proc in procs:
            proc.stop()
        await producer.stop()
        await collector.stop()
    return run


def profile_worker(worker: BenchWorker, log_dir: Path) -> subprocess.Popen[bytes] | None:
    """With NEWSWIRE_BENCH_PYSPY=1, sample the worker with py-spy during the burst
    (collapsed stacks in the log directory; see docs/performance.md)."""
    if not os.environ.get("NEWSWIRE_BENCH_PYSPY"):
        return None
    out = log_dir / f"pyspy-{worker.pid}.txt"
    return subprocess.Popen(["py-spy", "record", "--pid", str(worker.pid), "--rate", "50",
                             "--format", "raw", "--threads", "--subprocesses",
                             "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop_profile(spy: subprocess.Popen[bytes] | None) -> None:
    if spy is not None:
        spy.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
        spy.wait(30)


async def _open_loop(producer: object, topic: str, articles: list[RawArticle], rate: float,
                     collector: Collector, sent_ms: dict[bytes, int], timeout: float
                     ) -> list[float]:
    """Poisson arrivals at ``rate``/s, sent on schedule whatever the pipeline is doing."""
    rng = random.Random(5)  # the same arrival pattern every run
    loop = asyncio.get_running_loop()
    start, at, futures = loop.time(), 0.0, []
    for article in articles:
        at += rng.expovariate(rate)
        delay = start + at - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        futures.append(await _send(producer, topic, article, sent_ms))
    await asyncio.gather(*futures)
    keys = [a.article_id.encode() for a in articles]
    await collector.wait_for(keys, timeout)
    return [collector.done_ms[k] - sent_ms[k] for k in keys if k in collector.done_ms]


# ------------------------------------------------------------------------ report
def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: it is a value that was measured)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return float(ordered[rank - 1])


def _lat(values: Sequence[float]) -> str:
    return "  ".join(f"p{q}={percentile(values, q):,.0f} ms" for q in (50, 95, 99))


def _statuses(run: PipelineRun) -> str:
    return ", ".join(f"{n} {s}" for s, n in sorted(run.statuses.items()))


def cores() -> tuple[int, int]:
    """(cores on the machine, cores this process may use)."""
    total = os.cpu_count() or 1
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = total
    return total, usable


def report(r: BenchReport, settings: Settings, out: TextIO) -> None:
    total, usable = cores()
    one, two = r.one, r.two
    p = out.write
    nlp_where = (f"{settings.nlp_processes} child process(es) per worker"
                 if settings.nlp_processes else "threads of the worker process")
    p(f"articles: {one.articles} from {r.source} (mean {r.mean_chars:,.0f} chars), "
      f"nlp batch {settings.nlp_batch_size}, {settings.partitions} partitions, NLP in "
      f"{nlp_where}\n")
    p(f"machine: nproc={usable} (cpu_count={total}), shared: read the ratios, not the "
      "absolute rates\n")
    p(f"  limit (run_chain, own process) {r.limit_rate:7.2f} articles/s   (mean of "
      f"{' and '.join(f'{x:.2f}' for x in r.limit_runs)}: before and after the 1-worker "
      "run)\n")
    for run in (one, two):
        p(f"  pipeline, {run.workers} worker{'s' if run.workers > 1 else ' '}          "
          f"{run.rate:7.2f} articles/s   burst latency {_lat(run.latencies_ms)}"
          f"   ({_statuses(run)})\n")
    p(f"  half load, 1 worker            {one.half_rate:7.2f} articles/s open loop  "
      f"latency {_lat(one.half_latencies_ms)}  ({len(one.half_latencies_ms)} articles)\n")
    rss = one.peak_rss_mb + two.peak_rss_mb
    p(f"  peak RSS per worker            {max(rss, default=0):7.0f} MB (max of "
      f"{', '.join(f'{x:.0f}' for x in rss)})\n")
    cpu = [r.limit_cpu_s / one.articles * 1000] + [
        run.cpu_s / run.articles * 1000 for run in (one, two) if run.articles]
    p(f"  CPU per article                {cpu[0]:7.0f} ms limit, "
      f"{' / '.join(f'{x:.0f}' for x in cpu[1:])} ms pipeline 1 / 2 workers "
      "(CPU time: less noise-prone)\n")
    # The limit runs on one core; a worker with an NLP child overlaps its Kafka work
    # with the parse on a second one. Said outright so the rate ratio is read right.
    busy = one.cpu_s / one.seconds if one.seconds else 0.0
    p(f"  cores busy during the burst    {busy:7.2f} (1 worker and its NLP child; the "
      "limit uses 1.00)\n")
    p(f"  time to first event            {one.first_event_s:7.1f} s after worker start "
      f"(2 workers: {two.first_event_s:.1f} s)\n")
    nc = r.no_cluster
    cluster_cost = None
    if nc is not None and nc.articles and one.cpu_s:
        nc_cpu = nc.cpu_s / nc.articles * 1000
        loop, nc_loop = (one.loop_cpu_s / one.articles * 1000,
                         nc.loop_cpu_s / nc.articles * 1000)
        # The story agents run on the event loop; the NLP threads' CPU, which varies
        # by ±20 % between identical bursts here, would drown the difference.
        cluster_cost = (loop - nc_loop) / cpu[1]
        p(f"  1 worker, story agents off     {nc.rate:7.2f} articles/s   event loop "
          f"{nc_loop:.0f} ms CPU per article against {loop:.0f} with them (all threads "
          f"{nc_cpu:.0f} / {cpu[1]:.0f}): clustering costs {cluster_cost:.1%} of the "
          "worker's CPU\n")
    lines = {
        "ratio pipeline/limit": f"{one.rate / r.limit_rate:.2f}",
        "ratio two_workers/limit": f"{two.rate / r.limit_rate:.2f}",
        "ratio two_workers/pipeline": f"{two.rate / one.rate:.2f}" if one.rate else "nan",
        "p99_latency_ms_at_half_load": f"{percentile(one.half_latencies_ms, 99):.0f}",
        "p50_latency_ms_at_half_load": f"{percentile(one.half_latencies_ms, 50):.0f}",
        "ratio cpu_limit/cpu_pipeline": f"{cpu[0] / cpu[1]:.2f}" if len(cpu) > 1 else "nan",
        "limit_articles_per_s": f"{r.limit_rate:.2f}",
        "pipeline_articles_per_s": f"{one.rate:.2f}",
        "two_workers_articles_per_s": f"{two.rate:.2f}",
        "peak_rss_mb_per_worker": f"{max(rss, default=0):.0f}",
        "pipeline_cores_busy": f"{busy:.2f}",
        "time_to_first_event_s": f"{one.first_event_s:.1f}",
        "nproc": str(usable),
    }
    if cluster_cost is not None:
        # CPU per article: the rates of two bursts differ by more than the stage costs.
        lines["cluster_cost_fraction"] = f"{cluster_cost:.2f}"
    r.lines = lines
    for key, value in lines.items():
        p(f"{key}={value}\n")


# ------------------------------------------------------------------------ driver
def run_bench(settings: Settings, *, quick: bool = True, articles: int | None = None,
              half_load_articles: int | None = None, out: TextIO = sys.stdout,
              log_dir: Path | None = None) -> BenchReport:
    """The whole benchmark; prints progress and the report to ``out``."""
    sizes = QUICK if quick else FULL
    n = articles or sizes["articles"]
    n_half = half_load_articles if half_load_articles is not None else (
        sizes["half_load_articles"] if articles is None else max(4, n * 3 // 4))
    spare_n = settings.partitions
    pool = load_articles(spare_n + n + n_half)
    if len(pool.articles) < spare_n + n + n_half:  # the small bundled sample: share it out
        rest = max(len(pool.articles) - spare_n, 2)
        n, n_half = max(rest * 4 // 7, 1), rest - max(rest * 4 // 7, 1)
    spare = pool.articles[:spare_n]
    measured = ArticleSet(pool.source, pool.articles[spare_n:spare_n + n])
    half = pool.articles[spare_n + n:spare_n + n + n_half]
    out.write(f"newswire bench: {n} articles ({pool.source}); measuring the limit…\n")
    out.flush()
    limit, limit_cpu = measure_limit(measured.articles, settings, spare[:1])
    out.write(f"  limit {limit:.2f} articles/s; starting embedded Tansu and workers…\n")
    # The machine is shared: the limit is measured again right after the 1-worker run
    # and the ratio uses the mean, so a neighbour's burst skews it less.
    out.flush()
    with tempfile.TemporaryDirectory(prefix="newswire-bench-") as tmp:
        logs = log_dir or Path(tmp)
        with EmbeddedBroker(log_file=logs / "tansu.log") as broker:
            # Generous: a noisy neighbour can slow the pipeline several times over.
            timeout = 60 + 10 * n / max(limit, 0.1)
            one = asyncio.run(run_pipeline(broker, settings, measured.articles, workers=1,
                                           half_load=half, spare=spare, log_dir=logs,
                                           timeout=timeout))
            out.write(f"  1 worker: {one.rate:.2f} articles/s; again without the story "
                      "agents…\n")
            out.flush()
            no_cluster = asyncio.run(run_pipeline(
                broker, settings, measured.articles, workers=1, half_load=[], spare=spare,
                log_dir=logs, timeout=timeout, env={"NEWSWIRE_STORIES": "false"}))
            out.write(f"  without stories: {no_cluster.rate:.2f} articles/s; the limit "
                      "again…\n")
            out.flush()
            again, again_cpu = measure_limit(measured.articles, settings, spare[:1])
            out.write(f"  limit {again:.2f} articles/s; now 2 workers…\n")
            out.flush()
            two = asyncio.run(run_pipeline(broker, settings, measured.articles, workers=2,
                                           half_load=[], spare=spare, log_dir=logs,
                                           timeout=timeout))
    result = BenchReport(pool.source, measured.mean_chars, (limit + again) / 2,
                         (limit_cpu + again_cpu) / 2, one, two, limit_runs=(limit, again),
                         no_cluster=no_cluster)
    report(result, settings, out)
    out.flush()
    return result
