"""A dateline ("CITY, Month DD - ") that the parser takes for the subject, with the real
subject hung on it as an apposition after the dash: the apposition is the clause's
subject, and its act is coded with it."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_decree_under_a_dateline_is_the_president_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("BISHKEK, October 10 — Jeenbekov's decree, issued on Friday, imposes a "
                    "curfew and checkpoints in Bishkek until October 21.",
                    title="Kyrgyz president tightens grip on capital")
    assert ("COERCE", "KGZ", "KGZ") in triples(out)
