"""Event: the output contract, value of ``newswire.events`` (see event.schema.json).

``newswire.events.extracted`` carries the same record before enrichment: actor
countries/roles, location coordinates, CAMEO/QuadClass/Goldstein and tone are filled by
the enrich stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas.codec import require_mapping


@dataclass(frozen=True, slots=True)
class Actor:
    text: str  # the span as written
    name: str | None = None  # normalised name ("Russia", "Vladimir Medinsky")
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # GOV MIL REB OPP POL JUD BUS MED CVL REF IGO NGO UNK
    person: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    country: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    qualifier: str  # exact at_least at_most about range
    text: str
    value_max: float | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    sentence_index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleRef:
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    version: str
    extracted_at: str


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    type: str
    modality: str
    source: Actor | None
    target: Actor | None
    evidence: Evidence
    article: ArticleRef
    pipeline: PipelineInfo
    trigger: str = ""  # the word that typed the event (lemma), for auditing
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    quantities: list[Quantity] = field(default_factory=list)
    speaker: Speaker | None = None
    quote: str | None = None
    tone: float | None = None
    confidence: float = 0.5
    story_id: str | None = None
    schema_version: int = 1

    @classmethod
    def from_dict(cls, value: Any) -> Event:
        d = dict(require_mapping(value, "Event"))

        def opt(key: str, kind: type) -> Any:
            v = d.get(key)
            return kind(**v) if isinstance(v, dict) else None

        return cls(
            event_id=d["event_id"],
            type=d["type"],
            modality=d["modality"],
            source=opt("source", Actor),
            target=opt("target", Actor),
            evidence=Evidence(**d["evidence"]),
            article=ArticleRef(**d["article"]),
            pipeline=PipelineInfo(**d["pipeline"]),
            trigger=d.get("trigger", ""),
            mode=d.get("mode"),
            contexts=list(d.get("contexts") or []),
            cameo_root=d.get("cameo_root"),
            quad_class=d.get("quad_class"),
            goldstein=d.get("goldstein"),
            date=d.get("date"),
            date_text=d.get("date_text"),
            date_precision=d.get("date_precision"),
            location=opt("location", Location),
            quantities=[Quantity(**q) for q in d.get("quantities") or []],
            speaker=opt("speaker", Speaker),
            quote=d.get("quote"),
            tone=d.get("tone"),
            confidence=float(d.get("confidence", 0.5)),
            story_id=d.get("story_id"),
        )
