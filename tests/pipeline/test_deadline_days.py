"""Dates: a deadline that falls on the day of publication is not the day of the act that
set it; a bare "by" on that day may tell a state reached, and still dates it."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday


def test_a_deadline_at_the_end_of_the_publication_day_is_not_the_day_of_the_order(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Russia ordered 12 Estonian diplomats to leave the country by the end "
                    "of Friday.\n\nThe foreign ministry said on Thursday it had declared 12 "
                    "employees of the Estonian embassy persona non grata.", published=PUB)
    assert dates_by_trigger(out, "leave") == {"2025-03-13"}


def test_a_deadline_before_the_end_of_the_publication_day_is_not_the_order_s_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Algeria ordered two French diplomats to leave the country before the "
                    "end of Friday.\n\nThe foreign ministry said on Wednesday it had expelled "
                    "the two French diplomats.", published=PUB)
    assert dates_by_trigger(out, "leave") == {"2025-03-12"}


def test_guard_a_state_reached_by_the_publication_day_keeps_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Troops stormed the prison on Wednesday. Soldiers had detained 40 "
                    "inmates by Friday morning.", published=PUB)
    assert dates_by_trigger(out, "detain") == {"2025-03-14"}


def test_guard_a_deadline_already_past_is_left_as_it_was(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Russia ordered 12 Estonian diplomats to leave the country by the end "
                    "of Thursday.", published=PUB)
    assert dates_by_trigger(out, "leave") == {"2025-03-13"}


def test_guard_a_past_act_lasting_until_the_publication_day_keeps_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (the review's case: "until" that day tells how long the shelling went on)
    out = code_text("The opposition said on Wednesday it would rally. Rebels shelled the "
                    "city until Friday.", published=PUB)
    assert dates_by_trigger(out, "shell") == {"2025-03-14"}
