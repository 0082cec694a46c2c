"""Story: running cross-source counts for one real-world event, ``newswire.stories``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CountryRef:
    """``{"country": "RUS"}``: the contract's ``source.country``, as in an Event."""

    country: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    story_id: str
    type: str
    source: CountryRef
    target: CountryRef
    date: str | None
    location: CountryRef
    first_seen: str
    last_seen: str
    num_mentions: int
    num_articles: int
    num_sources: int
    event_ids: list[str] = field(default_factory=list)
    # The canonical id when this id's events were merged into a story with a smaller id
    # (see pipeline/cluster.py); null on the canonical record itself.
    merged_into: str | None = None
    schema_version: int = 1
