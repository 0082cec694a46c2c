"""Extract stage: PLOVER event coding over the stored spaCy parse. (stub, being written)"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from schemas import AnnotatedArticle, ExtractedArticle

if TYPE_CHECKING:
    from spacy.vocab import Vocab


def extract(annotated: AnnotatedArticle, *, vocab: Vocab, version: str, now: datetime,
            max_events: int = 200) -> ExtractedArticle:
    raise NotImplementedError
