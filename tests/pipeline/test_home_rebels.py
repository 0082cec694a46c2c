"""Armed men of the story's own country, acting on nobody named, act on their own
state, not on the other party of a two-party story; a clause that names the other
party or a place in another country keeps the usual reading."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru recalls envoy from Chile"
STORY = ("Peru recalled its ambassador from Chile. Peru accused Chile of arming the "
         "militants. Chile rejected the charge from Peru. ")


def test_militants_attack_their_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The militants set fire to a police station and a "
                            "school on Tuesday.", title=TITLE))
    assert ("ASSAULT", "PER", "PER") in got
    assert ("ASSAULT", "PER", "CHL") not in got


def test_rebels_refusing_refuse_their_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The rebels did not withdraw.", title=TITLE))
    assert ("REJECT", "PER", "CHL") not in got


def test_militants_striking_in_the_other_country_strike_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The militants set fire to a police station in "
                            "Santiago on Tuesday.", title=TITLE))
    assert ("ASSAULT", "PER", "PER") not in got


def test_rebel_soldiers_attack_their_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Rebel soldiers fired on the presidential palace on "
                            "Friday night.", title=TITLE))
    assert ("ASSAULT", "PER", "CHL") not in got
    assert ("ASSAULT", "PER", "PER") in got
