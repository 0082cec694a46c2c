""""Beat" is a beating (PLOVER ASSAULT) when persons are struck; beside a match score
("Nadal beat Canas 7-5 6-3", "United beat them 2-1") it tells a match won, whoever is
beaten. A span of years ("the 2019-2020 protests") or a count of blows ("beaten 3-4
times") is no score."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


@pytest.mark.parametrize("text", [
    "Argentina's Agustin Calleri beat fourth seed Jiri Novak 7-5 6-1 at the Mexican Open.",
    "Spain's Rafael Nadal beat Guillermo Canas 6-3 6-4 in Acapulco on Friday.",
    "The Swede reached the last four by beating compatriot Thomas Enqvist 6-3 4-6 6-1.",
    "Russia's Maria Sharapova beat Serena Williams 6-1 6-4 in the final in London.",
    "Did Federer beat Nadal 7-6 6-2 in the Madrid final?",
    "Chelsea beat them 2-1 at Stamford Bridge on Saturday.",
    "Brazil's Ronaldo and his team-mates beat Argentina's River Plate 3-0 in Buenos Aires.",
    "Ireland's Brian O'Driscoll was in the side that beat the French 19-12 in Dublin.",
])
def test_a_scored_win_is_no_beating(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in _types(code_text(text))


# Guards (pass before and after): a beating of persons stays an attack, years and counts
# of blows no score.

@pytest.mark.parametrize(("text", "attacker"), [
    ("Iranian police beat protesters in Tehran during the 2019-2020 unrest.", "IRN"),
    ("Russian guards beat the Ukrainian prisoners 3-4 times a day, the report said.",
     "RUS"),
    ("Belarusian riot police beat dozens of demonstrators in Minsk on Sunday.", "BLR"),
])
def test_a_beating_of_persons_stays_an_attack(
        code_text: Callable[..., ExtractedArticle], text: str, attacker: str) -> None:
    assert any(t == "ASSAULT" and s == attacker for t, s, _ in triples(code_text(text)))
