"""A statement (request, threat, promise, accusation, rejection, endorsement) is made by
the time it is reported: a day still to come in its sentence dates the act it asks for
or announces, never the statement itself."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_type

PUB = "2025-03-15"  # a Saturday



def test_a_request_beside_a_plan_for_a_later_day_keeps_the_reports_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The army said it would widen its offensive from Sunday, and urged "
                    "civilians in the north to leave their homes.", published=PUB)
    assert dates_by_type(out, "REQUEST") == {PUB}


def test_a_promise_to_act_the_next_day_is_dated_when_it_was_made(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The president said on Saturday that his government would release the "
                    "captured pilot the next day as a gesture of peace.", published=PUB)
    assert dates_by_type(out, "AGREE") == {PUB}

