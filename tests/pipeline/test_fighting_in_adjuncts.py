"""Fighting or clashes a clause tells as its time frame ("after deadly clashes", "after
four days of fighting in the capital", "during the clashes") in a story about one
country's own turmoil (or about that country and a body such as the UN) are that
country's own violence. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Kenya imposes curfew in Kisumu"
BODY = ("Kenya's government said the city was calm. Kenyan officials said the country was "
        "stable. Kenya's president said Kenya would not bow to violence. ")


@pytest.mark.parametrize("sentence", [
    "The government imposed a curfew after deadly clashes in Kisumu.",
    "Schools reopened after four days of fighting in the city.",
])
def test_fighting_as_a_clauses_time_frame_is_the_countrys_own(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    got = triples(code_text(BODY + sentence, title=TITLE))
    assert ("ASSAULT", "KEN", "KEN") in got, got


def test_a_reaction_to_fighting_is_no_new_fighting(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "Church leaders were alarmed by the fighting.", title=TITLE))
    assert ("ASSAULT", "KEN", "KEN") not in got, got
