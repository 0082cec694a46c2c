"""The whole stage chain in one process: ``newswire extract``, the benchmark's limit, eval.

The agents call the same stage functions one topic at a time; this module calls them
back to back with the same batching, so offline output equals streamed output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.annotate import annotate_batch
from pipeline.enrich import enrich
from pipeline.errors import PipelineError
from pipeline.extract import extract
from pipeline.normalize import normalize
from schemas import ArticleRecord, CleanArticle, Event, RawArticle

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.gazetteer import Gazetteer
    from pipeline.settings import Settings


@dataclass
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    detect_language: Callable[[str], str]


@dataclass
class ChainResult:
    article_id: str
    events: list[Event] = field(default_factory=list)
    record: ArticleRecord | None = None
    failed_stage: str | None = None
    error: str | None = None


def filtered_record(clean: CleanArticle, reason: str, now: datetime, *,
                    status: str = "filtered", duplicate_of: str | None = None
                    ) -> ArticleRecord:
    """The ArticleRecord for an article that stops before extraction (dup / language)."""
    return ArticleRecord(article_id=clean.article_id, status=status, reason=reason,
                         duplicate_of=duplicate_of, processed_at=iso(now), url=clean.url,
                         title=clean.title, source=clean.source, published=clean.published,
                         language=clean.language, word_count=clean.word_count,
                         truncated=clean.truncated, text_source=clean.text_source,
                         fetch_reason=clean.fetch_reason)


def run_chain(raws: Sequence[RawArticle], res: Resources, settings: Settings, *,
              now: datetime) -> list[ChainResult]:
    results: dict[str, ChainResult] = {}
    cleans: list[CleanArticle] = []
    for raw in raws:
        result = results.setdefault(raw.article_id, ChainResult(raw.article_id))
        try:
            clean = normalize(raw, detect_language=res.detect_language,
                              max_chars=settings.max_article_chars)
        except PipelineError as exc:
            result.failed_stage, result.error = "normalize", str(exc)
            continue
        if clean.language not in settings.language_set:
            result.record = filtered_record(clean, f"language: {clean.language}", now)
            continue
        cleans.append(clean)
    annotated = annotate_batch(cleans, res.nlp, batch_size=settings.nlp_batch_size,
                               max_entities=settings.max_entities)
    for ann in annotated:
        result = results[ann.article.article_id]
        extracted = extract(ann, vocab=res.nlp.vocab, version=__version__, now=now,
                            max_events=settings.max_events_per_article)
        result.events, result.record = enrich(extracted, gazetteer=res.gazetteer, now=now)
    return list(results.values())


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
