"""The lead's undated act is not dated by a later sentence that only reports it: "the
minister said on Wednesday that X was being held" gives the day of the report, and when
the story's first dated sentence lies earlier, the lead's act is on that earlier day."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday

LEAD = ("Zambian security forces detained opposition leader Joseph Mwale at his home in "
        "Lusaka, a move his party called an attack on democracy.")
ARREST = ("\n\nLUSAKA (example.org) - Armed officers surrounded Mwale's house on Thursday "
          "evening and searched it for several hours, his lawyer said.")


def _lead_dates(out: ExtractedArticle, event_type: str) -> set[str | None]:
    return {e.date for e in out.events if e.evidence.sentence_index == 1
            and e.type == event_type}


def test_a_report_day_later_than_the_story_day_does_not_date_the_lead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + ARREST + "\n\nZambia's interior minister confirmed on Friday that "
                    "Mwale was under arrest.",
                    title="Zambia detains opposition leader", published=PUB)
    assert _lead_dates(out, "COERCE") == {"2025-03-13"}


def test_guard_the_body_telling_with_its_own_day_still_dates_the_lead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a telling dated by its own clause ("arrested Mwale on Wednesday") is the act's
    # day, not a report's
    out = code_text(LEAD + ARREST + "\n\nPolice arrested Mwale on Wednesday, Zambia's "
                    "interior minister said.",
                    title="Zambia detains opposition leader", published=PUB)
    assert _lead_dates(out, "COERCE") == {"2025-03-12"}


def test_guard_a_report_on_the_story_day_itself_still_dates_the_lead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: with no earlier day in the story, the report's day is all there is
    out = code_text(LEAD + "\n\nLUSAKA (example.org) - Zambia's interior minister "
                    "confirmed on Friday that Mwale was under arrest.",
                    title="Zambia detains opposition leader", published=PUB)
    assert _lead_dates(out, "COERCE") == {PUB}
