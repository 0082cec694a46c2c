"""Dates: a clause opened by a plain "after" under a dated main clause.

News leads give the day of the latest development and tuck what caused it into an
"after" clause: that clause, naming no day of its own, fell the day before. An "after"
that opens a noun phrase ("after talks"), follows a late-in-the-day main clause or follows
the main clause's day with no comma ("erupted on Monday after ...") stays on that day."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def _all(out: ExtractedArticle) -> list[tuple[str | None, str | None]]:
    return [(e.trigger, e.date) for e in out.events]


def test_an_after_clause_with_a_finite_verb_falls_the_day_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Soldiers blocked the parliament on Monday, after the president "
                    "dismissed the prime minister.", published=PUB)
    assert "2025-03-09" in {d for _, d in _all(out)}, _all(out)


def test_an_after_clause_in_the_passive_gerund_falls_the_day_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The governor remained in hospital on Thursday after being shot by "
                    "a gunman in the capital.", published=PUB)
    assert "2025-03-12" in {d for _, d in _all(out)}, _all(out)


def test_an_after_noun_phrase_stays_on_the_main_clause_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Armenia and Azerbaijan agreed on Thursday to release prisoners, after "
                    "talks in Geneva.", published=PUB)
    assert "2025-03-12" not in {d for _, d in _all(out)}, _all(out)


def test_an_after_clause_under_an_evening_main_clause_stays_on_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The mayor apologised on Sunday evening after police fired tear gas at "
                    "protesters.", published=PUB)
    assert "2025-03-08" not in {d for _, d in _all(out)}, _all(out)


def test_a_day_run_straight_into_an_after_clause_keeps_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # no comma between the day and "after": one sequence told on that day
    out = code_text("Riots erupted in the capital on Wednesday after police arrested the "
                    "opposition leader.", published=PUB)
    assert dates_by_trigger(out, "arrest") == {"2025-03-12"}


def test_a_name_ending_in_ing_opens_no_participle(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Beijing" is the after clause's subject, not a participle looking back a day
    out = code_text("Protests erupted in Taipei on Wednesday after Beijing detained two "
                    "Taiwanese sailors.", published=PUB)
    assert dates_by_trigger(out, "detain") == {"2025-03-12"}, _all(out)
