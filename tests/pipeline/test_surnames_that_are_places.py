"""A person's surname that is also a capital ("Prime Minister Joseph Muscat ... Muscat
stayed in office") names that person, not the place: the bare mentions do not count as
Oman in the story's parties, nor resolve to Oman. A capital no person of the article is
named by ("Muscat said it would host the talks"), a place of talks ("talks in Muscat"),
and a ship's name ("USS George Washington") keep their readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.doc_views import surnames
from schemas import ExtractedArticle
from tests.pipeline.coding import pairs

MALTA = (
    "Thousands of protesters besieged Malta's parliament in Valletta on Monday evening, "
    "briefly trapping Prime Minister Joseph Muscat and Labour lawmakers inside, a day after "
    "he said he would resign in January.\n"
    "Police held back the crowd, estimated at about 4,000, as demonstrators chanted "
    "\"mafia\", and Muscat eventually left through a side exit. Eggs were thrown at "
    "ministers as they tried to leave.\n"
    "Inside, the opposition Nationalist Party announced it would boycott parliament for as "
    "long as Muscat stayed in office.\n"
    "Muscat said in a televised address on Sunday that he would step down after the Labour "
    "Party chose a new leader on January 12. The civil society groups which organised the "
    "protest rejected that timetable and vowed to keep demonstrating until he leaves.")


def test_the_prime_ministers_surname_is_no_capital(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = pairs(code_text(MALTA))
    assert got and not any("OMN" in pair for pair in got)


@pytest.mark.parametrize(("text", "country"), [
    ("Muscat said on Thursday it would host the talks between Iran and the United "
     "States.", "OMN"),
    # (a guard: Oman is found from "Oman and Iran" whatever "in Muscat" is read as)
    ("Prime Minister Joseph Muscat met Omani officials on Thursday. Oman and Iran held "
     "talks in Muscat on Friday.", "OMN"),
    ("The aircraft carrier USS George Washington arrived in Busan on Thursday. Washington "
     "warned Pyongyang against further missile tests.", "USA"),
    ("Singer Paris Hilton arrived in France on Thursday. Paris condemned the attack on the "
     "embassy in Moscow.", "FRA"),
])
def test_a_place_no_person_is_named_by_stays_the_place(
        code_text: Callable[..., ExtractedArticle], text: str, country: str) -> None:
    assert any(country in pair for pair in pairs(code_text(text)))


# One helper gives the surnames of the names its caller reads (the model's entities with
# their possessive cut, or the coder's as written).

def test_surnames_are_the_last_words_of_full_names() -> None:
    assert surnames(["Joseph Muscat", "Volker Turk", "Muscat"]) == {"Muscat", "Turk"}


def test_guard_an_acronym_makes_no_full_name() -> None:
    assert surnames(["USS George Washington"]) == frozenset()
