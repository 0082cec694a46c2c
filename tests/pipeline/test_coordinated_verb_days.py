"""Two verbs under one subject tell one act ("fired on and seized", "beaten or shot"):
a day on either verb dates both, even one long past, rather than the day a governing
verb of saying gives. A deadline or a plan still to come on the other verb does not."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_type

PUB = "2025-03-14"  # a Friday



def test_a_day_on_the_second_verb_dates_the_first(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The interior ministry said on Thursday that two Armenian villagers had "
                    "been beaten or shot dead by Azerbaijani soldiers in the village of Aldo "
                    "on Monday night.", published=PUB)
    assert dates_by_type(out, "ASSAULT") == {"2025-03-10"}


def test_a_past_year_on_the_second_verb_dates_the_first(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Also freed were three Ukrainian fishermen whom Russian border guards "
                    "fired on and seized near the island on November 3, 2023.", published=PUB)
    assert dates_by_type(out, "ASSAULT") == {"2023-11-03"}


def test_a_deadline_on_the_other_verb_does_not_date_the_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("At a summit in Abuja on March 2, the bloc's leaders demanded that Mali "
                    "free the soldiers by March 9 and warned that it could face sanctions.",
                    published=PUB)
    assert dates_by_type(out, "THREATEN") == {"2025-03-02"}
