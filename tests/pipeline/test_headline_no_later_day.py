"""A headline tells what has happened by the time the story runs: a plan the body dates
after the day of publication ("will hold talks again on March 20") never dates it, while
a body act on or before that day still does."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from pipeline.event_dates import DateState
from pipeline.lead_days import date_lead_events
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


@pytest.mark.parametrize("guard", [
    pytest.param(DateState.headline_may_take, id="the-guard-itself"),
    pytest.param(date_lead_events, id="the-lead-dating-that-applies-it"),
])
def test_the_publication_day_is_always_passed_to_the_guard(guard: Callable[..., Any]) -> None:
    # without the publication day the guard lets any plan date the headline; a default
    # would turn it off silently wherever a caller forgets it, so there is none
    published = inspect.signature(guard).parameters["published"]
    assert published.kind is inspect.Parameter.KEYWORD_ONLY
    assert published.default is inspect.Parameter.empty
