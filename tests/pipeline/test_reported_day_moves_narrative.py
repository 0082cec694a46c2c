"""A day on a verb of reporting moves the narrative even when what is reported is in the
past perfect: "disclosed on Monday that Algeria had expelled ..." tells of Monday, and
the undated sentence after it goes on with that day. A day in the past-perfect clause
itself ("had detained 40 protesters on Monday") is a look back and leaves the
narrative's day alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle

PUB = "2025-03-11"  # a Tuesday


def _days(out: ExtractedArticle, trigger: str) -> set[str | None]:
    return {e.date for e in out.events if e.trigger == trigger}


def test_the_sentence_after_a_dated_report_goes_on_with_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("France recalled its ambassador to Algeria on Tuesday.\n\n"
                    "Foreign Minister Jean Dupont disclosed on Monday that Algeria had "
                    "expelled 12 French embassy employees. Dupont called on Algiers to "
                    "reverse the decision.", published=PUB)
    assert _days(out, "call on") == {"2025-03-10"}


def test_a_look_back_in_the_past_perfect_leaves_the_narrative_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenyan police lifted a curfew in Nairobi on Tuesday.\n\n"
                    "Police had detained 40 protesters in the city on Monday. The interior "
                    "minister urged residents to stay calm.", published=PUB)
    assert _days(out, "detain") == {"2025-03-10"}
    assert _days(out, "urge") == {PUB}


def test_a_repeated_weekday_is_read_where_the_report_names_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the same weekday twice: the first dates where the minister was (a relative clause),
    # the second the report; the report's day is the one that moves the narrative
    out = code_text("France recalled its ambassador to Algeria on Tuesday.\n\n"
                    "Foreign Minister Jean Dupont, who was in Rome on Monday, disclosed on "
                    "Monday that Algeria had expelled 12 French embassy employees. Dupont "
                    "called on Algiers to reverse the decision.", published=PUB)
    assert _days(out, "call on") == {"2025-03-10"}


STORY = ("The crisis erupted on June 14, when a video of the vice-chancellor was published. "
         "That evening Chancellor Kurz ended the coalition with the Freedom Party. ")


def test_earlier_on_the_narratives_weekday_is_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # June 14, 2024 is a Friday: "earlier on Friday" looks back within the day just told,
    # not to the latest Friday before publication (June 21)
    out = code_text(STORY + "Thousands of people had gathered outside the chancellery in "
                    "Vienna earlier on Friday to demand a new vote.", published="2024-06-26")
    assert _days(out, "protest") == {"2024-06-14"}, _days(out, "protest")


def test_earlier_on_another_weekday_is_read_from_publication(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Thousands of people had gathered outside the chancellery in "
                    "Vienna earlier on Monday to demand a new vote.", published="2024-06-26")
    assert _days(out, "protest") == {"2024-06-24"}, _days(out, "protest")


def test_later_on_the_weekday_is_read_from_publication(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "later on Friday" after a told Friday is as often the day ahead of publication
    out = code_text(STORY + "Thousands of people gathered outside the chancellery in "
                    "Vienna later on Friday to demand a new vote.", published="2024-06-26")
    assert _days(out, "protest") == {"2024-06-21"}, _days(out, "protest")


@pytest.mark.parametrize(("published", "day"), [
    # a Friday's paper: "earlier on Friday" is that day, though the narrative's day
    # (June 14) is a Friday too
    ("2024-06-21", "2024-06-21"),
    # the narrative's Friday is more than a month back: not the day just told, but the
    # latest Friday before publication
    ("2024-08-07", "2024-08-02"),
])
def test_earlier_on_the_narratives_weekday_is_read_from_publication_beyond_it(
        code_text: Callable[..., ExtractedArticle], published: str, day: str) -> None:
    out = code_text(STORY + "Thousands of people had gathered outside the chancellery in "
                    "Vienna earlier on Friday to demand a new vote.", published=published)
    assert _days(out, "protest") == {day}, _days(out, "protest")


def _days_in(out: ExtractedArticle, words: str) -> set[str | None]:
    return {e.date for e in out.events if words in e.evidence.sentence}


@pytest.mark.parametrize(("text", "words", "day"), [
    # published on a Friday: "earlier on Friday" is the day of publication
    ("The ceasefire took effect on April 26. Earlier on Friday, Russian drones struck "
     "Kharkiv, killing three people.", "Kharkiv", "2024-05-10"),
    # in the simple past, wire copy goes back to the news day after a background paragraph
    ("The talks collapsed on April 29, when Hamas rejected the offer. Earlier on Monday, "
     "Israeli jets struck Rafah, killing 20 people.", "Rafah", "2024-05-06"),
    ("The protests began on April 22, when students occupied the lawn at Columbia. Earlier "
     "on Monday, police arrested 100 students at New York University.", "New York",
     "2024-05-06"),
    ("Parliament passed the law on April 16. Police detained 20 protesters in Tbilisi "
     "earlier Tuesday.", "Tbilisi", "2024-05-07"),
    ("Georgia's parliament passed the law on May 1. Protesters clashed with police "
     "earlier Wednesday outside parliament.", "clashed", "2024-05-08"),
])
def test_earlier_on_a_weekday_in_the_simple_past_is_read_from_publication(
        code_text: Callable[..., ExtractedArticle], text: str, words: str, day: str) -> None:
    out = code_text(text, published="2024-05-10")
    assert _days_in(out, words) == {day}, _days_in(out, words)
