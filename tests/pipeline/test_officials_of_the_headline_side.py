""""Chile recalls its ambassador from Peru", then "Deputy Foreign Minister Marta Rojas
thanked Argentina": an official the story gives no nationality belongs to the side whose
act the headline reports, even when the other party is named more often (it is named at
every turn as the object of that side's acts). A dateline in the most named country says
the story is told from there, and keeps its officials that country's."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Chile recalls its ambassador from Peru"
STORY = ("Chile recalled its ambassador to Peru on Monday over a new Peruvian law on "
         "fishing rights. Peru said the law was lawful. Chile's fishing fleet works in the "
         "disputed waters. Peru's congress passed the law last week. ")


def test_an_official_of_no_stated_country_is_the_headline_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Deputy Foreign Minister Marta Rojas thanked Argentina for its support.",
        title=TITLE))
    assert ("SUPPORT", "CHL", "ARG") in got
    assert ("SUPPORT", "PER", "ARG") not in got


def test_a_dateline_in_the_most_named_country_keeps_its_officials(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "LIMA, June 3 (newswire) - " + STORY + "Interior Minister Marta Rojas thanked "
        "Argentina for its support.", title=TITLE))
    assert ("SUPPORT", "PER", "ARG") in got
