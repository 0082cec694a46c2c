"""Enrich stage: actor countries/roles, geocoding, CAMEO/QuadClass/Goldstein, tone. (stub)"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from schemas import ArticleRecord, Event, ExtractedArticle

if TYPE_CHECKING:
    from pipeline.gazetteer import Gazetteer


def enrich(extracted: ExtractedArticle, *, gazetteer: Gazetteer, now: datetime
           ) -> tuple[list[Event], ArticleRecord]:
    raise NotImplementedError
