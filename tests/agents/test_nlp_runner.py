"""Where the worker parses and codes: a child process by default, threads on request.

The child process must give exactly what the in-process stage functions give, survive
its own death, and never outlive a worker killed with SIGKILL.
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.nlp_runner import ExtractOptions, NlpProcessDied, ProcessRunner, ThreadRunner
from agents.resources import ModelNotInstalled
from pipeline.errors import PipelineError
from pipeline.settings import Settings
from schemas import CleanArticle

REPO = Path(__file__).resolve().parents[2]
MODEL = Settings().model
NOW = datetime(2025, 7, 24, tzinfo=UTC)
def article(article_id: str, text: str) -> CleanArticle:
    return CleanArticle(article_id=article_id, title=text.split("\n")[0], text=text,
                        url=None, canonical_url=None, source=None,
                        published="2025-07-23T00:00:00Z", language="en",
                        content_hash=article_id, word_count=len(text.split()))


ARTICLES = [
    article("ar_1", "Swap agreed\n\nRussia and Ukraine exchanged 390 prisoners on Friday, "
            "and Kyiv accused Moscow of shelling Kharkiv."),
    article("ar_2", "Talks\n\nThe two delegations met in Istanbul on Monday and agreed a "
            "48-hour truce."),
]


def kwargs() -> dict[str, Any]:
    return {"batch_size": 16, "max_entities": 2000, "options": ExtractOptions(max_events=200)}


@pytest.fixture(scope="module")
def process_runner() -> Any:
    runner = ProcessRunner(MODEL, **kwargs())
    yield runner
    runner.close()


async def test_the_child_process_parses_and_codes_exactly_as_the_worker_would(
        process_runner: ProcessRunner) -> None:
    threads = ThreadRunner(MODEL, **kwargs())
    await asyncio.gather(process_runner.start(), threads.start())
    assert process_runner.ready and threads.ready
    in_child = await process_runner.annotate(ARTICLES)
    in_thread = await threads.annotate(ARTICLES)
    assert in_child == in_thread and len(in_child) == 2
    coded_child = await process_runner.extract(in_child[0], NOW)
    coded_thread = await threads.extract(in_thread[0], NOW)
    assert coded_child == coded_thread
    assert {ev["type"] for ev in orjson.loads(coded_child)["events"]} >= {"RETREAT", "ACCUSE"}


async def test_what_the_warm_up_loaded_is_left_out_of_full_collections() -> None:
    # The model and the coder's tables live as long as the process; a full collection
    # walking them paused one article in a stream by 0.3-0.7 s (settle_loaded).
    gc.unfreeze()
    try:
        threads = ThreadRunner(MODEL, **kwargs())
        await threads.start()
        assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()


async def test_after_the_warm_up_coding_an_article_reads_no_data_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The warm-up's one sentence reaches few of the coder's tables; those it does not
    # are read at start too (pipeline.coder_tables), not on the first real articles.
    import tomllib

    threads = ThreadRunner(MODEL, **kwargs())
    try:
        await threads.start()
    finally:
        gc.unfreeze()
    read: list[str] = []
    loads = tomllib.loads

    def reading(text: str, **kw: Any) -> dict[str, Any]:
        read.append(text[:60])
        return loads(text, **kw)

    monkeypatch.setattr(tomllib, "loads", reading)
    story = article("ar_3", "Rebels seize border town\n\nPrime Minister Ana Sousa said on "
                    "Tuesday that rebels had seized the border town of Rio Verde, and the "
                    "opposition party called for talks before Christmas. Police arrested 12 "
                    "protesters in the capital, Lisbon.")
    coded = orjson.loads(await threads.extract((await threads.annotate([story]))[0], NOW))
    assert read == [] and coded["events"]


async def test_bad_input_fails_its_own_call_and_the_child_keeps_working(
        process_runner: ProcessRunner) -> None:
    restarts = process_runner.restarts
    with pytest.raises(Exception) as failed:
        await process_runner.extract(b'{"article": 1}', NOW)
    assert not isinstance(failed.value, NlpProcessDied)
    assert len(await process_runner.annotate(ARTICLES[1:])) == 1
    assert process_runner.restarts == restarts  # an exception is not a crash


async def test_a_call_that_kills_the_child_twice_fails_and_the_child_is_replaced(
        process_runner: ProcessRunner) -> None:
    await process_runner.start()
    restarts = process_runner.restarts
    with pytest.raises(NlpProcessDied, match="died twice"):
        await process_runner._call(os._exit, 3)  # what a segfault or an OOM kill looks like
    assert process_runner.restarts == restarts + 2
    values = await process_runner.annotate(ARTICLES[:1])
    assert orjson.loads(values[0])["article"]["article_id"] == "ar_1"
    assert process_runner.ready


async def test_a_call_whose_child_was_killed_from_outside_is_retried_once(
        process_runner: ProcessRunner) -> None:
    await process_runner.start()
    restarts = process_runner.restarts
    pool = process_runner._pool
    assert pool is not None
    child = next(iter(pool._processes.values()))
    # A long batch, and the kernel's OOM killer (say) takes the child half-way through.
    long = article("ar_long", "Long\n\n" + " ".join([ARTICLES[0].text.split("\n")[-1]] * 40))
    call = asyncio.ensure_future(process_runner.annotate([long] * 20))
    await asyncio.sleep(0.3)
    assert not call.done()
    child.kill()
    values = await call
    assert len(values) == 20
    assert process_runner.restarts == restarts + 1


async def test_an_exception_that_cannot_be_pickled_still_reaches_the_worker(
        process_runner: ProcessRunner) -> None:
    restarts = process_runner.restarts
    with pytest.raises(PipelineError, match="TwoArgumentError: 1 2"):
        await process_runner._call(raise_two_argument_error)
    assert process_runner.restarts == restarts  # not mistaken for a crash


async def test_ctrl_c_in_the_terminal_leaves_the_child_to_the_worker(
        process_runner: ProcessRunner) -> None:
    await process_runner.start()
    assert process_runner._pool is not None
    child = next(iter(process_runner._pool._processes.values()))
    os.kill(child.pid, signal.SIGINT)  # the terminal signals the whole process group
    await asyncio.sleep(0.2)
    assert child.is_alive()
    assert len(await process_runner.annotate(ARTICLES[:1])) == 1


async def test_a_missing_model_says_so() -> None:
    runner = ProcessRunner("xx_no_such_model", **kwargs())
    try:
        with pytest.raises(ModelNotInstalled, match="xx_no_such_model"):
            await runner.start()
        assert runner.restarts == 0 and not runner.ready
    finally:
        runner.close()


class TwoArgumentError(Exception):
    def __init__(self, a: int, b: int) -> None:
        super().__init__(f"{a} {b}")


def raise_two_argument_error() -> None:
    raise TwoArgumentError(1, 2)  # pickles, but does not unpickle: __init__ needs two


PARENT = """
import asyncio, os, sys
from agents.nlp_runner import ExtractOptions, ProcessRunner
runner = ProcessRunner(sys.argv[1], batch_size=4, max_entities=100,
                       options=ExtractOptions(max_events=10))
asyncio.run(runner.start())
print(*(p.pid for p in runner._pool._processes.values()), flush=True)
sys.stdin.read()
"""


def test_the_child_exits_when_its_worker_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, MODEL], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        children = [int(p) for p in parent.stdout.readline().split()]
        assert children and all(Path(f"/proc/{pid}").exists() for pid in children)
    finally:
        parent.send_signal(signal.SIGKILL)  # no atexit, no pool shutdown: only the watch
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children):
        assert time.monotonic() < deadline, "the NLP child outlived its killed worker"
        time.sleep(0.2)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; it waits for init to reap it.
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_settings_choose_the_runner() -> None:
    from agents.resources import nlp_runner

    assert isinstance(nlp_runner(Settings(nlp_processes=0)), ThreadRunner)
    assert isinstance(nlp_runner(Settings(nlp_processes=1)), ProcessRunner)
    assert nlp_runner(Settings()) is nlp_runner(Settings())  # one per process
    with pytest.raises(ValueError, match="NEWSWIRE_NLP_PROCESSES"):
        Settings(nlp_processes=-1)


def test_the_runner_codes_with_the_settings_extract_options() -> None:
    from agents.resources import nlp_runner

    runner = nlp_runner(Settings(nlp_processes=0, max_events_per_article=5,
                                 learned_detector=True, screen_off_topic=False,
                                 event_filter=False))
    assert isinstance(runner, ThreadRunner)
    assert runner.options == ExtractOptions(max_events=5, learned=True, screen=False,
                                            drop=False)
