"""Talks are one occurrence with a day: a later undated sentence that ties an act to
them ("Hours before the talks began") is on the day they were first dated, not the day
the narrative last reached."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday


def test_hours_before_the_talks_is_the_talks_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Armenian and Azerbaijani officials held talks in Geneva on Tuesday. "
                    "The Armenian prime minister met the French president in Paris on "
                    "Monday. Hours before the talks began, Azerbaijani forces shelled the "
                    "Armenian town of Jermuk.", published=PUB)
    assert {e.date for e in out.events if e.type == "ASSAULT"} == {"2025-03-11"}
