"""A region of a country the event is about is not a foreign town that shares its name.

The city table knows "Borno" only as a spelling of a German town and "Chin" as one of a
Chinese city; with the event's countries as hints, a region of one of them
(Nigeria's Borno state, Myanmar's Chin state) is meant, and is placed in that country."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "hint"), [
    ("Borno", "NGA"), ("Chin", "MMR"), ("Mon", "MMR"), ("Bali", "IDN"),
])
def test_a_hinted_countrys_region_wins_over_a_namesake_abroad(
        gaz: Gazetteer, text: str, hint: str) -> None:
    loc = gaz.geocode(text, country_hint=[hint])
    assert loc is not None and loc.country == hint


def test_a_city_of_the_hinted_country_keeps_its_coordinates(gaz: Gazetteer) -> None:
    loc = gaz.geocode("Kano", country_hint=["NGA"])
    assert loc is not None and loc.country == "NGA" and loc.name == "Kano"


def test_without_hints_the_namesake_stands(gaz: Gazetteer) -> None:
    loc = gaz.geocode("Mon")
    assert loc is not None and loc.country != "MMR"
