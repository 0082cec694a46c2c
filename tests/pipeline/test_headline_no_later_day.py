"""A headline tells what has happened by the time the story runs: a plan the body dates
after the day of publication ("will hold talks again on March 20") never dates it, while
a body act on or before that day still does."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-13"  # a Thursday
TITLE = "Kenyan president makes first visit to Uganda"
PLAN = ("Otieno will hold talks with Ugandan President Yoweri Museveni again on March 20 "
        "in Nairobi.")


def _days(out: ExtractedArticle, kind: str, *, headline: bool) -> set[str | None]:
    return {e.date for e in out.events if (e.evidence.start < len(TITLE)) == headline
            and e.type == kind}


def test_a_planned_meeting_does_not_date_the_headline_visit(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenyan President Daniel Otieno became the first Kenyan leader in a "
                    f"decade to visit Uganda.\n\n{PLAN}", title=TITLE, published=PUB)
    assert _days(out, "CONSULT", headline=True) == {PUB}


def test_the_planned_meeting_keeps_its_own_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenyan President Daniel Otieno became the first Kenyan leader in a "
                    f"decade to visit Uganda.\n\n{PLAN}", title=TITLE, published=PUB)
    assert _days(out, "CONSULT", headline=False) == {"2025-03-20"}


def test_a_visit_the_body_dates_before_publication_still_dates_the_headline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenyan President Daniel Otieno arrived in Kampala on Wednesday for a "
                    "two-day visit, the first by a Kenyan leader in a decade.\n\n"
                    f"{PLAN}", title=TITLE, published=PUB)
    assert _days(out, "CONSULT", headline=True) == {"2025-03-12"}
