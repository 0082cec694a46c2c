"""A clause set off by "N days after" happened N days before its main clause's day, and
"N days later" counts on from the last dated event."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_the_clause_after_a_gap_is_dated_back_from_the_main_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad's parliament on Thursday called on the government to expel the "
                    "French ambassador, two days after French jets bombed a rebel column "
                    "near Abeche.", published=PUB)
    assert dates_by_trigger(out, "bomb") == {"2025-03-11"}
    assert dates_by_trigger(out, "call on") == {"2025-03-13"}


def test_a_day_after_counts_back_from_the_speech_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Serbia said on Wednesday it would recall its ambassador, a day after "
                    "protesters attacked its embassy in Pristina.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-11"}


def test_nights_after_count_back_like_days(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Serbia said on Wednesday it would recall its ambassador, two nights "
                    "after protesters attacked its embassy in Pristina.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-10"}


def test_hours_after_is_the_same_day(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police arrested 40 people on Tuesday, hours after gunmen attacked a "
                    "police station in Kano.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-11"}


def test_n_days_later_counts_on_from_the_last_dated_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Peru and Chile agreed on March 9 to reopen talks. Three days later the "
                    "Peruvian foreign minister met his Chilean counterpart in Lima.", published=PUB)
    assert dates_by_trigger(out, "meet") == {"2025-03-12"}


def test_an_undated_headline_takes_the_day_of_its_lead(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Peru freed 40 Chilean fishermen on Wednesday after a week in custody.",
                    title="Peru frees 40 Chilean fishermen", published=PUB)
    assert {e.date for e in out.events if e.type == "RETREAT"} == {"2025-03-12"}


def test_a_time_in_the_possessive_does_not_stand_in_for_the_main_clauses_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "October's election" is the election's time, however near the gap it stands: the
    # main clause's own day is what "two days after" counts back from
    out = code_text("The electoral commission on Saturday barred the party from October's "
                    "election, two days after its leader was charged with treason.",
                    published=PUB)
    assert dates_by_trigger(out, "charge") == {"2025-03-06"}
    out = code_text("Police on Wednesday banned rallies ahead of this year's vote, a day after "
                    "protesters attacked a police station.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-11"}


def test_a_possessive_weekday_still_dates_the_clause_it_heads(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard (passes without the possessive rule): the clash is Monday's own act
    out = code_text("Monday's clash came two days after gunmen attacked a police post.",
                    published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-08"}


def test_a_clause_with_only_a_possessive_period_counts_nothing_back(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard (passes without the possessive rule): "last month's vote" gives no day to
    # count two days back from, so the seizure is not put two days before publication
    out = code_text("Last month's vote came two days after the army seized the capital.",
                    published=PUB)
    assert dates_by_trigger(out, "seize") == {PUB}
