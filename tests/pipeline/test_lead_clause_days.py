"""An undated clause of the sentence that first gives the story's day is not on that day
because a neighbouring clause names it: when the body tells the same act with its own
day, that is its day; with no such telling it keeps the day it had."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday

LEAD = ("Kenyan troops advanced into Somalia's Gedo region, widening an offensive that "
        "Nairobi launched with air strikes on Tuesday against the Islamist militia.")


def _lead_dates(out: ExtractedArticle, event_type: str) -> set[str | None]:
    return {e.date for e in out.events if e.evidence.sentence_index == 1
            and e.type == event_type}


def test_an_undated_lead_clause_takes_the_day_the_body_tells_it_on(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "\n\nNAIROBI (example.org) - Army spokesman Paul Njuguna said "
                    "ground forces had crossed the border on Thursday.",
                    title="Kenyan troops push into Somalia's Gedo region", published=PUB)
    assert _lead_dates(out, "MOBILIZE") == {"2025-03-13"}
    assert _lead_dates(out, "ASSAULT") == {"2025-03-11"}


def test_with_no_body_telling_the_lead_clause_keeps_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "\n\nNAIROBI (example.org) - Army spokesman Paul Njuguna said "
                    "the operation aimed to create a buffer zone.",
                    title="Kenyan troops push into Somalia's Gedo region", published=PUB)
    assert _lead_dates(out, "MOBILIZE") == {PUB}


def test_another_parties_act_in_the_body_does_not_date_the_lead_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ugandan police arrested four Kenyan nationals suspected of involvement "
                    "in the killing of an opposition lawmaker, who was shot dead outside his "
                    "home in Kampala on Tuesday.\n\nKAMPALA (example.org) - Police spokesman "
                    "Fred Enanga said the suspects were detained in raids on two houses.",
                    published=PUB)
    assert {e.date for e in out.events if e.type == "COERCE" and e.target is not None
            and e.target.country == "KEN"} == {PUB}
