"""An earlier day given as an aside ("On Wednesday, ...", "X said on Wednesday that ...")
dates its own paragraph; the story's undated sentences after it are back on the story's
own day. A day the story narrates on (no aside) carries on as before."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_a_fronted_earlier_day_holds_only_to_the_end_of_its_paragraph(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ministers of the two countries signed a border treaty in Geneva on "
                    "Friday.\n\nOn Wednesday, the government survived a confidence vote in "
                    "parliament.\n\nPolice fired tear gas at protesters outside the "
                    "venue.", published=PUB)
    assert dates_by_trigger(out, "tear gas") == {"2025-03-14"}


def test_an_earlier_day_on_a_verb_of_saying_holds_only_to_its_paragraph(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ministers of the two countries signed a border treaty in Geneva on "
                    "Friday.\n\nThe foreign ministry said on Wednesday that it would boycott "
                    "the ceremony.\n\nPolice fired tear gas at protesters outside the "
                    "venue.", published=PUB)
    assert dates_by_trigger(out, "tear gas") == {"2025-03-14"}


def test_an_earlier_day_the_story_narrates_on_carries_into_the_next_paragraph(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ministers of the two countries signed a border treaty in Geneva on "
                    "Friday.\n\nProtests erupted in the capital on Wednesday after the "
                    "deal was leaked.\n\nPolice fired tear gas at protesters outside "
                    "parliament.", published=PUB)
    assert dates_by_trigger(out, "tear gas") == {"2025-03-12"}


def test_a_headline_is_not_dated_by_a_background_event_of_its_type(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ali Musa walked out of a prison in the capital on Thursday, his lawyer "
                    "said. The government had freed 20 other detainees on March 2 under the "
                    "same deal.", title="Government frees opposition leader Ali Musa",
                    published=PUB)
    heads = {e.date for e in out.events if e.evidence.start < len("Government frees")}
    assert heads == {"2025-03-13"}
