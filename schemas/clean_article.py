"""CleanArticle: normalized plain text, value of ``newswire.articles.clean``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemas.codec import from_fields, require_mapping


@dataclass(frozen=True, slots=True)
class CleanArticle:
    article_id: str
    title: str
    text: str  # plain text; every offset downstream points into this string
    url: str | None
    canonical_url: str | None
    source: str | None
    published: str | None
    language: str
    content_hash: str
    word_count: int
    truncated: bool = False
    text_source: str | None = None  # feed | page | summary_fallback (see the fetch stage)
    fetch_reason: str | None = None  # why the page was not used, when it fell back
    schema_version: int = 1

    @classmethod
    def from_dict(cls, value: Any) -> CleanArticle:
        return from_fields(cls, require_mapping(value, "CleanArticle"))
