"""A span of time introduced by "for" ("paused the duties for 30 days after ...") is how
long the main clause's act lasts, not a gap back to the "after" clause: that clause keeps
the sentence's own day. A span with no "for" ("two days after ...") stays a gap."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.date_gaps import gap_before
from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday


def _gap_days(text: str, word: str) -> int | None:
    gap = gap_before(text, text.index(word))
    return gap.days if gap is not None else None


def test_a_duration_is_not_a_gap() -> None:
    text = "On March 3, Chile suspended the levies for 30 days after Peru pledged to act."
    assert _gap_days(text, "pledged") is None
    text = "The levies were lifted for at least two weeks after Peru pledged to act."
    assert _gap_days(text, "pledged") is None


def test_a_span_without_for_is_still_a_gap() -> None:
    text = "Chile lifted the levies on Monday, two days after Peru pledged to act."
    assert _gap_days(text, "pledged") == -2
    # "for" with another object before the span is no duration
    text = "The envoy stayed in Lima for talks two days after Peru pledged to act."
    assert _gap_days(text, "pledged") == -2


def test_the_after_clause_of_a_duration_keeps_the_sentence_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("On March 3, Chile suspended the levies for 30 days after Peru promised "
                    "to send 500 troops to the border.", published=PUB)
    assert dates_by_trigger(out, "promise") == {"2025-03-03"}
