"""A day long past on the trigger's own open complement dates the event: "invited
Serbia to join the bloc on December 2, 2015" is an invitation of that day, though a long-past
date in another clause is that clause's ("telling him not to forget the lesson of March
1, 2008"), and one on a noun of the complement names that noun's day ("urged the
government to honour the agreement of March 1, 2008")."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _days(out: ExtractedArticle, trigger: str) -> set[str | None]:
    return {e.date for e in out.events if e.trigger == trigger}


def test_a_long_past_day_on_the_triggers_complement_dates_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police arrested 20 people on Thursday.\n\nThe European Union invited "
                    "Serbia to join the bloc on December 2, 2015.", published="2019-05-09")
    assert _days(out, "invite") == {"2015-12-02"}


def test_a_long_past_day_on_a_noun_of_the_complement_does_not(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Sargsyan resigned on Monday.\n\nThe opposition urged the government "
                    "to honour the agreement of March 1, 2008.", published="2018-04-24")
    assert _days(out, "urge") == {"2018-04-23"}


def test_a_long_past_day_in_another_clause_does_not(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Sargsyan resigned on Monday.\n\nThe prime minister walked out, accusing "
                    "Pashinyan of blackmail and telling him not to forget the lesson of "
                    "March 1, 2008.", published="2018-04-24")
    assert _days(out, "accuse") == {"2018-04-23"}
