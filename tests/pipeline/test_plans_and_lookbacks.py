"""Dates: plans and look-backs in another clause do not date the event."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_a_date_still_to_come_in_another_clause_does_not_date_the_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Talks opened in Oslo on Friday. Under the accord, Chile withdrew its "
                    "bid to stage the regional games next year and said it would back "
                    "Peru's bid.", published=PUB)
    assert dates_by_trigger(out, "withdraw") == {"2025-03-14"}


def test_a_past_perfect_relative_clause_does_not_date_the_main_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Protesters left the square on Thursday. Later the police lifted "
                    "the curfew they had imposed on Monday.", published=PUB)
    assert dates_by_trigger(out, "lift") == {"2025-03-13"}


def test_a_past_perfect_look_back_does_not_move_the_narrative_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Protesters left the square on Thursday, and the police lifted "
                    "the curfew they had imposed on Monday. Aid agencies welcomed the "
                    "move, the United Nations said.", published=PUB)
    assert dates_by_trigger(out, "welcome") == {"2025-03-13"}


def test_hours_after_counts_from_the_clause_the_gap_hangs_on(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Troops guarded the airport on Thursday after the general announced on "
                    "Wednesday that parliament was dissolved and ordered the ministers "
                    "arrested, hours after rebels shelled the capital.", published=PUB)
    assert dates_by_trigger(out, "shell") == {"2025-03-12"}


def test_a_pronoun_subject_goes_on_with_the_day_just_given_even_a_past_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The UN Security Council voted on Friday to close its mission in Sudan. "
                    "Sudanese Foreign Minister Ali Osman told the council on March 1 that "
                    "the mission had failed. He accused France of arming the rebels.",
                    published=PUB)
    assert dates_by_trigger(out, "accuse") == {"2025-03-01"}
