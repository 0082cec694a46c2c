"""Dates, round 5: phrases that date another clause's state or event, not the trigger's."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday


def _dates(out: ExtractedArticle, trigger: str) -> set[str | None]:
    return {e.date for e in out.events if trigger in (e.trigger or "")}


def test_since_in_a_relative_clause_dates_the_state_not_the_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers seized the presidential palace in Bissau on Tuesday. The "
                    "African Union demanded the release of the president, who has been "
                    "held by the guard since Monday.", published=PUB)
    assert _dates(out, "demand") == {"2025-03-11"}
