"""A verb of blows with a country's own name for what is beaten tells a match won, not a
beating: "after beating France 2-1". Beatings of persons stay violence, whatever their
nationality ("beat French journalists", "beat Afghans at the crossing"). Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Spain reached the final after beating France 2-1 on Sunday.", "beating"),
    ("Brazil celebrated after beating Argentina in the Copa America semi-final.", "beating"),
    ("Japan topped the group after beating Germany in Doha.", "beating"),
    ("Nigeria's Super Eagles qualified after beating Ghana on penalties.", "beating"),
    ("India won the series after beating Australia by six wickets.", "beating"),
    ("Australia was beaten by New Zealand in the Rugby Championship.", "beaten"),
    ("Morocco beat Portugal to reach the World Cup semi-finals.", "beat"),
    # "pummel" with a score or a margin told
    ("Brazil pummeled Bolivia 5-1 in the qualifier.", "pummeled"),
    ("England pummelled Australia by nine wickets in the Ashes.", "pummelled"),
])
def test_a_country_beaten_lost_a_match(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None


@pytest.mark.parametrize(("text", "word"), [
    # guards: persons beaten, named by their nationality or not
    ("Police in Cairo beat protesters with batons on Friday.", "beat"),
    ("Russian troops beat a Ukrainian prisoner to death, Kyiv said.", "beat"),
    ("Israeli soldiers beat a Palestinian man in Hebron, witnesses said.", "beat"),
    ("Security forces beat French journalists covering the protest in Algiers.", "beat"),
    ("Venezuelan guards beat Colombian migrants at the border.", "beat"),
    ("Chinese coast guard crews beat Filipino fishermen near Scarborough Shoal.", "beat"),
    ("Pakistani police beat Afghans waiting at the Torkham crossing.", "beat"),
])
def test_beaten_persons_stay_violence(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"


@pytest.mark.parametrize(("text", "word"), [
    # review: "pummel" names strikes on a country as often as a match won; no score told
    ("Russia pummelled Ukraine with missiles and drones overnight.", "pummelled"),
    ("Israeli jets pummeled Lebanon for a third day.", "pummeled"),
    ("Saudi-led jets pummelled Yemen throughout the night.", "pummelled"),
    ("Ukraine was pummelled by Russia overnight.", "pummelled"),
    ("Turkish artillery pummelled Syria's Kurdish north on Tuesday.", "pummelled"),
])
def test_a_country_pummelled_is_bombarded(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"
