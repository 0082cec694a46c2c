"""Records that travel on newswire's topics, one module per topic value type.

Every record is a frozen dataclass that orjson serialises natively; ``from_dict``
constructors validate what comes off the wire. The public ones (Event, ArticleRecord,
Story, DeadLetter) also have a JSON Schema file next to this module.
"""

from __future__ import annotations

from schemas.annotated_article import AnnotatedArticle, Entity, Sentence, TokenTable
from schemas.article_record import ArticleRecord, PlaceMention
from schemas.clean_article import CleanArticle
from schemas.codec import SCHEMA_VERSION, RecordError, dumps, loads
from schemas.dead_letter import DeadLetter
from schemas.event import (
    Actor,
    ArticleRef,
    Event,
    Evidence,
    Location,
    PipelineInfo,
    Quantity,
    Speaker,
)
from schemas.extracted_article import ExtractedArticle
from schemas.raw_article import RawArticle
from schemas.story import Story

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "AnnotatedArticle",
    "ArticleRecord",
    "ArticleRef",
    "CleanArticle",
    "DeadLetter",
    "Entity",
    "Event",
    "Evidence",
    "ExtractedArticle",
    "Location",
    "PipelineInfo",
    "PlaceMention",
    "Quantity",
    "RawArticle",
    "RecordError",
    "Sentence",
    "Speaker",
    "Story",
    "TokenTable",
    "dumps",
    "loads",
]
