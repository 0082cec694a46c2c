"""A weekday owned by the occasion an act is set in ("were wounded in Friday's clashes",
"during Sunday's debate, X demanded ...") dates the act; one owned by another event
("blamed him for Thursday's shootings") does not."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-17"  # a Monday


def test_a_day_owned_by_the_occasion_an_act_is_set_in_dates_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Thousands marched in Lima on Sunday. Peruvian police killed two "
                    "protesters and wounded dozens more in Friday's clashes in Juliaca.",
                    published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-14"}


def test_a_day_owned_by_a_session_the_statement_is_made_in_dates_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Protesters blocked roads across Peru on Monday. During Saturday's "
                    "debate, the opposition leader demanded the resignation of the "
                    "interior minister.", published=PUB)
    assert dates_by_trigger(out, "demand") == {"2025-03-15"}
