"""The narrative's day: a dated sentence moves it even when it codes no event, and lead
sentences that give no day take the day the story goes on to give."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday


def _dates(out: ExtractedArticle, trigger: str) -> set[str | None]:
    return {e.date for e in out.events if trigger in (e.trigger or "")}


def test_a_dated_sentence_without_an_event_still_dates_what_follows(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers found the rebel commander at a farm outside Goma on Wednesday "
                    "afternoon. Within minutes, his fighters opened fire on the troops. At "
                    "least six people were killed.", published=PUB)
    assert _dates(out, "open fire") == {"2025-03-12"}
    assert _dates(out, "kill") == {"2025-03-12"}
