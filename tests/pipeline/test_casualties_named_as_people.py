"""Casualties counted as ordinary people ("two adults", "a girl", "a patient") are
civilians like "two people": in a two-party story, an attack on them where the story is
datelined is aimed at that country."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Russian missiles hit Kyiv hospital"
STORY = ("Russia fired missiles at Ukrainian cities overnight, Ukrainian officials said."
         "\n\nKYIV, July 9 — ")


def test_adults_killed_at_a_hospital(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Two adults were killed at the children's hospital.",
                    title=TITLE)
    assert [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and "adults" in e.evidence.sentence
            ] == [("RUS", "UKR")]


def test_a_girl_wounded(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Rescuers searched the rubble. A girl was seriously wounded "
                    "by shrapnel in a village.",
                    title=TITLE)
    assert any(e.type == "ASSAULT" and "girl" in e.evidence.sentence and e.target and
               e.target.country == "UKR" for e in out.events)
