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
    out = code_text("Thousands marched in Quito on Sunday. Ecuadorean police killed two "
                    "farmers and wounded dozens more in Friday's clashes near Ambato.",
                    published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-14"}


def test_a_day_owned_by_a_session_the_statement_is_made_in_dates_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Truckers blocked roads across Ecuador on Monday. During Saturday's "
                    "debate, the opposition leader demanded the resignation of the "
                    "interior minister.", published=PUB)
    assert dates_by_trigger(out, "demand") == {"2025-03-15"}


def test_guard_an_act_about_an_attack_is_not_set_in_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "charged ... in Saturday's attack" is about the attack, made on its own day
    out = code_text("Kosovo charged two Serbs in Saturday's attack on police.",
                    published=PUB)
    assert "2025-03-15" not in dates_by_trigger(out, "charge")


def test_an_act_in_an_attack_takes_the_attack_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: killed "in Saturday's attack" happened on Saturday
    out = code_text("Two policemen were killed in Saturday's attack on a checkpoint in "
                    "Pristina.", published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-15"}
