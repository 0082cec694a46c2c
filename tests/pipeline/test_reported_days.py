"""An act reported in the past perfect under a dated verb of reporting ("the army said on
Sunday that 12 soldiers had been killed") keeps the day the story was telling; the
report's day dates neither it nor what the story goes on to tell."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-16"  # a Sunday



def test_a_past_perfect_under_a_dated_report_keeps_the_storys_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels attacked an army base near the town of Bria late on Saturday. "
                    "The army said in a statement on Sunday that 12 soldiers had been killed "
                    "in the fighting. Residents said the rebels had abducted a priest.",
                    published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-15"}
    assert dates_by_trigger(out, "abduct") == {"2025-03-15"}


def test_a_simple_past_under_a_dated_report_takes_the_reports_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Rebels attacked an army base near the town of Bria late on Saturday. "
                    "The army said on Sunday that its troops arrested 40 rebels.",
                    published=PUB)
    assert dates_by_trigger(out, "arrest") == {"2025-03-16"}


def test_a_repeated_weekday_is_read_where_the_report_names_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the same weekday twice: the first dates the commander's flight (a relative clause),
    # the second the report; the look back hangs on the report's, where it stands
    out = code_text("Rebels attacked an army base near the town of Bria late on Saturday. "
                    "The army commander, who flew to Bria on Sunday, said on Sunday that 12 "
                    "soldiers had been killed in the fighting.", published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-15"}
