"""Things thrown at a building in a protest are a demonstration, not an assault."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _types(article: ExtractedArticle) -> list[str]:
    return [e.type for e in article.events]


def test_eggs_at_an_embassy_are_a_protest(code_text: Callable[..., ExtractedArticle]) -> None:
    types = _types(code_text("Hundreds of students threw eggs and paint at the Danish "
                             "embassy in Jakarta on Friday."))
    assert "ASSAULT" not in types
    assert "PROTEST" in types


def test_stones_at_a_building_without_injuries_are_a_protest(
        code_text: Callable[..., ExtractedArticle]) -> None:
    types = _types(code_text("Demonstrators threw stones at the Turkish consulate in "
                             "Athens on Sunday."))
    assert "ASSAULT" not in types


def test_stones_that_hurt_people_are_an_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    types = _types(code_text("Protesters threw stones at the embassy in Athens, injuring "
                             "four guards."))
    assert "ASSAULT" in types


def test_stones_at_police_are_an_assault(code_text: Callable[..., ExtractedArticle]) -> None:
    assert "ASSAULT" in _types(code_text("Rioters in Cairo threw rocks at police officers."))


def test_eggs_thrown_during_a_coded_protest_add_no_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    types = _types(code_text("Thousands of students protested outside the Danish embassy in "
                             "Jakarta, throwing eggs and paint at the building."))
    assert types.count("PROTEST") == 1
    assert "ASSAULT" not in types
