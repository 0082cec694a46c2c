"""AnnotatedArticle: the spaCy parse as plain JSON, value of ``newswire.articles.annotated``.

The parse travels as a columnar token table (one list per attribute) so the extract
stage can rebuild a ``spacy.tokens.Doc`` without running the model again, and a consumer
in any language can still read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas.clean_article import CleanArticle
from schemas.codec import require_mapping


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # character offsets into the clean text
    end: int
    token_start: int  # token indexes, end exclusive
    token_end: int


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, DATE, CARDINAL, ...
    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Columnar token attributes; ``heads`` are absolute token indexes."""

    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    idx: list[int] = field(default_factory=list)  # character offset of each token
    tags: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.words)


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    article: CleanArticle
    model: str  # name and version of the spaCy pipeline that produced the parse
    tokens: TokenTable
    sentences: list[Sentence]
    entities: list[Entity]
    title_sentences: int = 0  # the first N sentences come from the title
    schema_version: int = 1

    @classmethod
    def from_dict(cls, value: Any) -> AnnotatedArticle:
        d = require_mapping(value, "AnnotatedArticle")
        return cls(
            article=CleanArticle.from_dict(d["article"]),
            model=d["model"],
            tokens=TokenTable(**require_mapping(d["tokens"], "tokens")),
            sentences=[Sentence(**s) for s in d["sentences"]],
            entities=[Entity(**e) for e in d["entities"]],
            title_sentences=int(d.get("title_sentences", 0)),
        )
