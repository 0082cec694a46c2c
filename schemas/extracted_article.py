"""ExtractedArticle: an article's coded events before enrichment, ``newswire.events.extracted``.

One message per article (not per event) so the enrich stage knows when an article is
complete and can write its single ArticleRecord, including articles with no events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas.clean_article import CleanArticle
from schemas.codec import require_mapping
from schemas.event import Event


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    article: CleanArticle
    events: list[Event]
    persons: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # GPE/LOC/FAC names as written
    uncoded_sentences: int = 0
    coding_errors: int = 0  # triggers whose coding raised (a coder bug, logged)
    truncated: bool = False
    #: the off-topic domain the article was screened as (``pipeline.domains``; its events
    #: are not emitted) and how many events the coder had read in it
    off_topic: str | None = None
    screened_events: int = 0
    #: events the learned drop filter judged wrong and dropped (``pipeline.drop_filter``)
    filtered_events: int = 0
    schema_version: int = 1

    @classmethod
    def from_dict(cls, value: Any) -> ExtractedArticle:
        d = require_mapping(value, "ExtractedArticle")
        return cls(
            article=CleanArticle.from_dict(d["article"]),
            events=[Event.from_dict(e) for e in d.get("events") or []],
            persons=list(d.get("persons") or []),
            organizations=list(d.get("organizations") or []),
            places=list(d.get("places") or []),
            uncoded_sentences=int(d.get("uncoded_sentences", 0)),
            coding_errors=int(d.get("coding_errors", 0)),
            truncated=bool(d.get("truncated", False)),
            off_topic=d.get("off_topic"),
            screened_events=int(d.get("screened_events", 0)),
            filtered_events=int(d.get("filtered_events", 0)),
        )
