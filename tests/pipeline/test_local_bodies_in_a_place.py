""""A court in the city of Pskov sentenced him", "a federal court in Brooklyn": a court,
a judge, the police or officials whose own phrase says where they sit ("in" a city, a
province) are that place's bodies, not the country the story is mostly about."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("Estonia protested to Russia on Monday. Estonia's foreign ministry said Estonia "
         "would raise the case with its allies. Estonia has summoned diplomats. ")


def test_a_court_in_a_named_city_is_that_city_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "A court in the western city of Pskov sentenced the Estonian officer to "
        "15 years in prison.", title="Estonia protests to Russia"))
    assert ("SANCTION", "RUS", "EST") in got
    assert ("SANCTION", "EST", "EST") not in got


def test_a_sentence_by_a_court_in_a_city_is_passed_there(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "The officer was sentenced to 15 years in prison by a court in Pskov.",
        title="Estonia protests to Russia"))
    assert ("SANCTION", "RUS", "EST") in got
