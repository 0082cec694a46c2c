"""Topics and the stage chain, declared once.

``STAGES`` lists every stage with its input and output topics and record types; a test
checks that the chain is continuous (each stage reads what an earlier one writes) and
that every article can reach ``articles.coded`` or ``deadletter``.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import (
    AnnotatedArticle,
    ArticleRecord,
    CleanArticle,
    DeadLetter,
    Event,
    ExtractedArticle,
    RawArticle,
    Story,
)


@dataclass(frozen=True)
class TopicSpec:
    suffix: str  # full name is f"{prefix}.{suffix}"
    key: str
    value: type
    compacted: bool = False
    public: bool = False


RAW = TopicSpec("articles.raw", "article_id", RawArticle)
# Raw articles with the text decided: the feed's, the article page's, or the summary.
FETCHED = TopicSpec("articles.fetched", "article_id", RawArticle)
CLEAN = TopicSpec("articles.clean", "article_id", CleanArticle)
ANNOTATED = TopicSpec("articles.annotated", "article_id", AnnotatedArticle)
EXTRACTED = TopicSpec("events.extracted", "article_id", ExtractedArticle)
EVENTS = TopicSpec("events", "event_id", Event, public=True)
CODED = TopicSpec("articles.coded", "article_id", ArticleRecord, public=True)
STORIES = TopicSpec("stories", "story_id", Story, compacted=True, public=True)
DEADLETTER = TopicSpec("deadletter", "original key", DeadLetter, public=True)
# Poller state: last-seen entry ids and HTTP validators per feed (compacted, keyed by feed).
FEED_STATE = TopicSpec("feeds.state", "feed_url", dict, compacted=True)

ALL_TOPICS: tuple[TopicSpec, ...] = (RAW, FETCHED, CLEAN, ANNOTATED, EXTRACTED, EVENTS, CODED,
                                     STORIES, DEADLETTER, FEED_STATE)


@dataclass(frozen=True)
class Stage:
    name: str
    input: TopicSpec
    outputs: tuple[TopicSpec, ...]


STAGES: tuple[Stage, ...] = (
    # fetch: summary-only feed entries get the article page's body (network-bound stage)
    Stage("fetch", RAW, (FETCHED, DEADLETTER)),
    # normalize: exact duplicates and unsupported languages finish here (→ coded)
    Stage("normalize", FETCHED, (CLEAN, CODED, DEADLETTER)),
    Stage("annotate", CLEAN, (ANNOTATED, DEADLETTER)),
    Stage("extract", ANNOTATED, (EXTRACTED, DEADLETTER)),
    Stage("enrich", EXTRACTED, (EVENTS, CODED, DEADLETTER)),
    # cluster: repartitions events by story key; also reads CODED for duplicate articles
    # (each one another outlet's mention of its original's stories)
    Stage("cluster", EVENTS, (STORIES, DEADLETTER)),
)
