"""In a two-party story, officials whose possessor is both parties ("the two
countries' foreign ministers", "the two militaries' commanders") are each party's own:
their meeting is one party's with the other, not a single country's."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Chile and Bolivia agreed on Tuesday to reopen their border. Chile said the "
         "crossing would open within a week, and Bolivia welcomed the step. ")


def test_the_two_militaries_chiefs_are_both_parties(code_text: Any) -> None:
    got = triples(code_text(STORY + "The two militaries' commanders will meet on Friday."))
    assert {("CONSULT", "CHL", "BOL"), ("CONSULT", "BOL", "CHL")} & got


def test_the_two_countries_ministers_are_both_parties(code_text: Any) -> None:
    got = triples(code_text(
        STORY + "The two countries' foreign ministers will hold talks in Lima."))
    assert {("CONSULT", "CHL", "BOL"), ("CONSULT", "BOL", "CHL")} & got
