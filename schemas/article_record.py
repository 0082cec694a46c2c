"""ArticleRecord: one per finished article, value of ``newswire.articles.coded``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PlaceMention:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    article_id: str
    status: str  # coded | duplicate | filtered
    processed_at: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    reason: str | None = None  # for duplicate/filtered: "duplicate_of: ar_…", "language: de"
    duplicate_of: str | None = None
    event_ids: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    locations: list[PlaceMention] = field(default_factory=list)
    tone: float | None = None
    word_count: int = 0
    uncoded_sentences: int = 0  # sentences with a trigger that could not be typed
    coding_errors: int = 0  # triggers whose coding failed on a coder bug (logged)
    truncated: bool = False
    text_source: str | None = None  # feed | page | summary_fallback
    fetch_reason: str | None = None  # why the article page was not used (summary_fallback)
    schema_version: int = 1
