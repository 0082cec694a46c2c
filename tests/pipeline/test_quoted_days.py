"""Relative day words inside a quotation ("as of today", "yesterday") count from the day
the speaker spoke, the narrative's day, not from the day the report was published."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_type

PUB = "2025-03-14"  # a Friday



def test_today_in_a_quote_is_the_speakers_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ghana cut diplomatic ties with Togo on Wednesday. \"Ghana has decided "
                    "to expel the Togolese ambassador as of today,\" the foreign minister "
                    "told reporters in Accra.", published=PUB)
    assert dates_by_type(out, "SANCTION") == {"2025-03-12"}


def test_today_outside_a_quote_is_the_day_of_publication(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ghana cut diplomatic ties with Togo on Wednesday. Ghana expelled the "
                    "Togolese ambassador today, the foreign minister said.", published=PUB)
    assert "2025-03-14" in dates_by_type(out, "SANCTION")
