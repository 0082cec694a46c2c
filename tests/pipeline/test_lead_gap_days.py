"""An undated lead act that the body never retells is the act the story's first dated
sentence reacts to "a day after", not the reaction: it takes the day the gap counts back
to. Told again with its own day, or under a sentence with no gap, it keeps its day."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday

TITLE = "Kenya expels Ugandan envoy over border remarks"
LEAD = "Kenya declared Uganda's ambassador persona non grata over remarks about the border."


def _lead_dates(out: ExtractedArticle, event_type: str) -> set[str | None]:
    return {e.date for e in out.events if e.evidence.sentence_index == 1
            and e.type == event_type}


def test_an_untold_lead_act_takes_the_day_the_first_dated_sentence_counts_back_to(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "\n\nKAMPALA (example.org) - Uganda on Friday called the "
                    "expulsion of its ambassador regrettable, a day after the Kenyan foreign "
                    "minister said the envoy was no longer welcome.",
                    title=TITLE, published=PUB)
    assert _lead_dates(out, "SANCTION") == {"2025-03-13"}


def test_guard_a_lead_act_the_body_retells_keeps_that_telling_s_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "\n\nKAMPALA (example.org) - Kenya declared the ambassador "
                    "persona non grata on Friday, two days after he criticised the border "
                    "talks.", title=TITLE, published=PUB)
    assert _lead_dates(out, "SANCTION") == {PUB}


def test_guard_with_no_gap_the_lead_act_is_on_the_story_s_first_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "\n\nKAMPALA (example.org) - Uganda on Thursday called the "
                    "expulsion of its ambassador regrettable.", title=TITLE, published=PUB)
    assert _lead_dates(out, "SANCTION") == {"2025-03-13"}



def test_guard_a_lead_act_by_a_doer_of_the_dated_main_clause_is_on_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (the review's case: the march is the protesters' own act, as the police's tear gas
    # is their country's, on Saturday; only the bill was passed two days before)
    out = code_text("Thousands of protesters marched in Nairobi against the finance bill."
                    "\n\nNAIROBI (example.org) - Police on Saturday fired tear gas at "
                    "protesters in Nairobi, two days after parliament passed the bill.",
                    title="Kenyan police fire tear gas at finance bill protest",
                    published="2025-03-15")
    assert _lead_dates(out, "PROTEST") == {"2025-03-15"}
