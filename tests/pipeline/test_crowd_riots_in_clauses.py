"""A crowd's damage is a riot (PLOVER PROTEST) however the clause names the crowd: as
the antecedent of a relative clause ("protesters who stormed the ministry") or as the
subject of "try to" ("protesters tried to take over the airport"). Soldiers who storm a
building still attack it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Protesters who stormed the ministry set it on fire.", "stormed"),
    ("Police fired tear gas at thousands of demonstrators, who seized the town hall.",
     "seized"),
    ("Hundreds of protesters tried to take over the airport on Monday.", "take"),
])
def test_a_crowd_named_by_its_clause_riots(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "PROTEST"


@pytest.mark.parametrize(("text", "word"), [
    ("Soldiers who stormed the ministry arrested the minister.", "stormed"),
    ("Rebel fighters tried to take over the airport on Monday.", "take"),
])
def test_armed_men_taking_a_building_attack(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"
