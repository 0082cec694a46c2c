"""Where a worker runs its CPU-bound stages (spaCy parse, event coding): a child process
by default, or a thread of the worker process.

Why a process: spaCy holds the GIL for most of a parse, and so does every Faust agent,
aiokafka's produce path and the consumer thread. In one process they take turns on one
core, so each Kafka record the worker handles (about 40 per article) is time the parse
does not get; measured in session 2, the worker spent ~30 % more CPU per article than the
same stage functions back to back (docs/performance.md). In a child process the parse
has its own interpreter and GIL, and the event loop's Kafka work runs beside it on the
other core instead of in its way.

Both runners take and return what the agents send and receive: a batch of
``CleanArticle`` → their ``AnnotatedArticle`` values as JSON bytes; an
``AnnotatedArticle`` value (bytes) → its ``ExtractedArticle`` value (bytes). Encoding in
the runner keeps the 40 KB annotated records' JSON work off the event loop too.

A child that dies (out of memory, a crash in native code) is replaced on the next call;
the call that was running fails with :class:`NlpProcessDied`, and the agent dead-letters
that input after isolating it. So a poison article costs a model reload, never the worker.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from pipeline import __version__
from pipeline.errors import PipelineError
from schemas import AnnotatedArticle, CleanArticle, dumps, loads

log = logging.getLogger(__name__)
T = TypeVar("T")


class NlpProcessDied(PipelineError):
    """The NLP child process exited while working on this input (crash or OOM kill)."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How the extract stage codes each article, from the settings: at most
    ``max_events`` events (``max_events_per_article``), with the learned detector where
    ``learned`` (``learned_detector``), and no events for an off-topic story where
    ``screen`` (``screen_off_topic``), with the learned drop filter where ``drop``
    (``event_filter``). One value, so a runner and its child process pass the settings on
    whole."""

    max_events: int
    learned: bool = False
    screen: bool = True
    drop: bool = False


class NlpRunner(Protocol):
    """What the annotate and extract agents need from wherever the NLP runs."""

    @property
    def ready(self) -> bool: ...

    async def start(self) -> None: ...

    async def annotate(self, articles: Sequence[CleanArticle]) -> list[bytes]: ...

    async def extract(self, annotated_value: bytes, now: datetime) -> bytes: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------- the stage calls
# Module-level functions: a child process receives them by reference (pickle by name).

def annotate_values(model: str, articles: Sequence[CleanArticle], batch_size: int,
                    max_entities: int) -> list[bytes]:
    """``annotate_batch`` in whichever process holds the model; JSON values out."""
    from agents.resources import load_nlp
    from pipeline.annotate import annotate_batch

    nlp = load_nlp(model)
    done = annotate_batch(articles, nlp, batch_size=batch_size, max_entities=max_entities)
    return [dumps(a) for a in done]


def extract_value(model: str, annotated_value: bytes, now: datetime,
                  options: ExtractOptions) -> bytes:
    """``extract`` of one annotated record's value, coded as ``options`` say; the
    ExtractedArticle's JSON out."""
    from agents.resources import load_nlp
    from pipeline.event_detector import learned_models
    from pipeline.extract import extract

    annotated = AnnotatedArticle.from_dict(loads(annotated_value))
    extracted = extract(annotated, vocab=load_nlp(model).vocab, version=__version__,
                        now=now, max_events=options.max_events,
                        screen_off_topic=options.screen,
                        **learned_models(options.learned, options.drop))
    return dumps(extracted)


#: Coded once at start: the coder loads its tables (people, places, lexicons; ~1 s) on
#: first use, which would otherwise land on the first real article's latency.
_WARM_TEXT = "Talks\n\nRussia and Ukraine met in Istanbul on Monday and agreed a truce."


def _load(model: str, options: ExtractOptions) -> str:
    from agents.resources import load_nlp, settle_loaded
    from pipeline.annotate import annotate_batch
    from pipeline.event_detector import learned_models
    from pipeline.extract import extract

    nlp = load_nlp(model)
    warm = CleanArticle(article_id="ar_warm", title="Talks", text=_WARM_TEXT, url=None,
                        canonical_url=None, source=None, published=None, language="en",
                        content_hash="warm", word_count=12)
    # (the learned models too, where on: their files are read on first use)
    extract(annotate_batch([warm], nlp)[0], vocab=nlp.vocab, version=__version__,
            now=datetime(2026, 1, 1, tzinfo=UTC), screen_off_topic=options.screen,
            **learned_models(options.learned, options.drop))
    settle_loaded()  # every table read; no full collection walks them again
    return str(nlp.meta.get("version"))


# ------------------------------------------------------------------ in a thread
class ThreadRunner:
    """The stages in threads of the worker process, one at a time (``nlp_processes=0``).

    One at a time because two parses, or a parse and a coding, running together fight
    over the GIL: a 32-article parse took 4.7 s alone and 15.7 s beside a running extract.
    """

    def __init__(self, model: str, *, batch_size: int, max_entities: int,
                 options: ExtractOptions) -> None:
        self.model, self.batch_size = model, batch_size
        self.max_entities, self.options = max_entities, options
        # One lock per event loop (tests run several). Weak keys: a closed loop and its
        # lock go away, and a new loop can never inherit a lock bound to a dead one
        # (an id()-keyed dict allowed both).
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary())
        self._ready = False

    @property
    def ready(self) -> bool:
        return self._ready

    async def _run(self, func: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        async with lock:
            return await asyncio.to_thread(func, *args)

    async def start(self) -> None:
        if self._ready:
            return
        await self._run(_load, self.model, self.options)
        self._ready = True

    async def annotate(self, articles: Sequence[CleanArticle]) -> list[bytes]:
        return await self._run(annotate_values, self.model, list(articles), self.batch_size,
                               self.max_entities)

    async def extract(self, annotated_value: bytes, now: datetime) -> bytes:
        return await self._run(extract_value, self.model, annotated_value, now,
                               self.options)

    def close(self) -> None:
        self._ready = False


# ------------------------------------------------------------------ in a process
def _child_init(parent: int) -> None:
    """In the child: leave shutdown to the worker, and exit when the worker is gone.

    Ctrl-C in a terminal reaches the whole process group; the worker stops in order
    (commits offsets) and then stops the child, which must not die of the signal first.
    A worker killed with SIGKILL cannot stop its children, and a child waiting on the task
    queue would never notice (it holds the queue's write end itself), so it watches its
    parent: reparenting means the worker died. The model is loaded by the first call,
    not here, so that a missing model comes back as its own error."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _guarded(func: Callable[..., T], *args: Any) -> T:
    """Run ``func`` in the child so that whatever it raises reaches the worker: an
    exception that cannot be pickled would otherwise look like the child dying."""
    try:
        return func(*args)
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            raise PipelineError(f"{type(exc).__name__}: {exc}") from None
        raise


class ProcessRunner:
    """The stages in ``processes`` child processes (spawned, each with its own model).

    Calls are admitted ``processes`` at a time (one, by default), so when a child dies the
    call it was on is known: it failed twice, once on the old child and once alone on a
    new one. A call that was only queued behind the culprit succeeds on its retry.
    """

    def __init__(self, model: str, *, batch_size: int, max_entities: int,
                 options: ExtractOptions, processes: int = 1) -> None:
        self.model, self.batch_size = model, batch_size
        self.max_entities, self.options = max_entities, options
        self.processes = processes
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary())  # per event loop, as ThreadRunner's locks
        self._ready = False
        self.restarts = 0

    @property
    def ready(self) -> bool:
        return self._ready

    def _new_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        # spawn, not fork: the worker has threads (Faust's consumer, the executor), and a
        # fork taken while one of them holds a lock deadlocks the child.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_child_init, initargs=(os.getpid(),))

    def _slot(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        slot = self._slots.get(loop)
        if slot is None:
            slot = self._slots[loop] = asyncio.Semaphore(self.processes)
        return slot

    async def _call(self, func: Callable[..., T], *args: Any) -> T:
        async with self._slot():
            for attempt in (1, 2):
                pool = self._pool
                if pool is None:
                    pool = self._pool = self._new_pool()
                try:
                    result = await asyncio.get_running_loop().run_in_executor(
                        pool, _guarded, func, *args)
                except BrokenProcessPool as exc:
                    self._ready = False
                    if self._pool is pool:  # the first call to see it replaces the pool
                        self.restarts += 1
                        log.warning("NLP process died (%s); starting a new one", exc)
                        self._stop(pool)
                        self._pool = None
                    if attempt == 2:
                        raise NlpProcessDied(
                            "the NLP process died twice while working on this input "
                            "(crash or out of memory); a new one will be started") from exc
                    continue
                self._ready = True
                return result
        raise AssertionError("unreachable")  # the loop returns or raises

    async def start(self) -> None:
        if self._ready:
            return
        # Load the model before the first batch, so the first articles do not wait for
        # it (and /readyz tells the truth); a missing model raises ModelNotInstalled.
        await asyncio.gather(*(self._call(_load, self.model, self.options)
                               for _ in range(self.processes)))

    async def annotate(self, articles: Sequence[CleanArticle]) -> list[bytes]:
        return await self._call(annotate_values, self.model, list(articles),
                                self.batch_size, self.max_entities)

    async def extract(self, annotated_value: bytes, now: datetime) -> bytes:
        return await self._call(extract_value, self.model, annotated_value, now,
                                self.options)

    @staticmethod
    def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
        """Stop at once: the work in a child is redone from the uncommitted offsets, and a
        worker stopping must not wait for a long parse (the orchestrator's kill would)."""
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:  # the pool API has no terminate; its process handles do
            if proc.is_alive():
                proc.terminate()

    def close(self) -> None:
        self._ready = False
        if self._pool is not None:
            self._stop(self._pool)
            self._pool = None
