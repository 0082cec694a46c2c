"""The whole stage chain in one process: ``newswire extract``, the benchmark's limit, eval.

The agents call the same stage functions one topic at a time; this module calls them
back to back with the same batching, so offline output equals streamed output.

With a ``WorkerStages`` (the benchmark's limit) it also runs the stages a worker runs
around the NLP: the fetch decision, the exact and near-duplicate checks of normalize and
the story clustering of every event, with their state in plain dicts instead of tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.annotate import annotate_batch
from pipeline.cluster import Group, group_key
from pipeline.enrich import enrich
from pipeline.errors import PipelineError
from pipeline.event_detector import learned_models
from pipeline.extract import extract
from pipeline.fetch import FetchPolicy, feed_text, page_wanted, summary_fallback
from pipeline.near_dup import Entry, NearDupIndex, body_of, signature
from pipeline.normalize import normalize
from schemas import ArticleRecord, CleanArticle, Event, RawArticle, Story

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
    stories: list[Story] = field(default_factory=list)
    #: events the learned drop filter held back (as ``ExtractedArticle.filtered_events``)
    filtered_events: int = 0


@dataclass
class WorkerStages:
    """State of the worker's stages beside the NLP, for ``run_chain(…, worker=…)``.

    The fetch decision (no network here: an article that would need its page keeps its
    feed text as a summary fallback), exact duplicates by content hash, near duplicates
    (MinHash/LSH) and story clustering, each the stage function the agents call."""

    fetch_policy: FetchPolicy
    window_seconds: float
    seen: dict[str, str] = field(default_factory=dict)
    near: NearDupIndex | None = None
    groups: dict[str, Group] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.near is None:
            self.near = NearDupIndex(self.window_seconds)

    def fetch(self, raw: RawArticle) -> RawArticle:
        reason = page_wanted(raw, self.fetch_policy)
        return feed_text(raw) if reason is None else summary_fallback(raw, reason)

    def duplicate_of(self, clean: CleanArticle, ts: float) -> str | None:
        """As agents/normalize.py and agents/near_dup.py decide (one partition)."""
        first = self.seen.get(clean.content_hash)
        if first is not None and first != clean.article_id:
            return first
        assert self.near is not None
        if first is None and clean.article_id not in self.near:
            sig = signature(body_of(clean.text, clean.title))
            found = self.near.find(sig, ts, exclude=clean.article_id)
            if found is not None:
                return found[0]
            self.near.add(Entry(clean.article_id, sig, ts, 0))
        self.seen.setdefault(clean.content_hash, clean.article_id)
        return None

    def cluster(self, events: Sequence[Event], ts: float) -> list[Story]:
        """As agents/cluster.py: each event joins or opens a story in its group."""
        out: list[Story] = []
        for ev in events:
            group = self.groups.setdefault(group_key(ev), Group(partition=0))
            story, _changed = group.add_event(ev, now=ts)
            out.extend(story.story_records())
        return out


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
              now: datetime, worker: WorkerStages | None = None) -> list[ChainResult]:
    results: dict[str, ChainResult] = {}
    cleans: list[CleanArticle] = []
    ts = now.timestamp()
    for raw in raws:
        result = results.setdefault(raw.article_id, ChainResult(raw.article_id))
        if worker is not None:
            raw = worker.fetch(raw)
        try:
            clean = normalize(raw, detect_language=res.detect_language,
                              max_chars=settings.max_article_chars)
        except PipelineError as exc:
            result.failed_stage, result.error = "normalize", str(exc)
            continue
        if clean.language not in settings.language_set:
            result.record = filtered_record(clean, f"language: {clean.language}", now)
            continue
        original = worker.duplicate_of(clean, ts) if worker is not None else None
        if original is not None:
            result.record = filtered_record(clean, f"duplicate_of: {original}", now,
                                            status="duplicate", duplicate_of=original)
            continue
        cleans.append(clean)
    annotated = annotate_batch(cleans, res.nlp, batch_size=settings.nlp_batch_size,
                               max_entities=settings.max_entities)
    for ann in annotated:
        result = results[ann.article.article_id]
        stage = "extract"
        try:
            extracted = extract(ann, vocab=res.nlp.vocab, version=__version__, now=now,
                                max_events=settings.max_events_per_article,
                                screen_off_topic=settings.screen_off_topic,
                                **learned_models(settings.learned_detector,
                                                 settings.event_filter))
            stage = "enrich"
            result.filtered_events = extracted.filtered_events
            result.events, result.record = enrich(extracted, gazetteer=res.gazetteer,
                                                  now=now)
        except Exception as exc:
            # As the agents dead-letter it: this article fails, the others are coded.
            result.failed_stage, result.error = stage, f"{type(exc).__name__}: {exc}"
            continue
        if worker is not None:
            result.stories = worker.cluster(result.events, ts)
    return list(results.values())


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
