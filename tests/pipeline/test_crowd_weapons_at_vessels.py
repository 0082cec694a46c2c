"""Crowd-control weapons turned on a state's vessels are an attack (PLOVER ASSAULT), not
crowd control: "fired water cannon at a supply boat". Turned on people they stay
repression (COERCE), and "used water cannon" reads like "fired" it."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_water_cannon_fired_at_a_boat_is_an_assault(nlp: Any) -> None:
    got = readings(nlp, "Coast guard ships fired water cannon at a fishing boat.")
    assert got.get("fired") == "ASSAULT"


def test_water_cannon_used_against_vessels_is_an_assault(nlp: Any) -> None:
    got = readings(nlp, "Coast guard ships used water cannon against two supply vessels.")
    assert got.get("used") == "ASSAULT"


def test_water_cannon_used_on_a_crowd_is_crowd_control(nlp: Any) -> None:
    got = readings(nlp, "Police used water cannon to clear the square.")
    assert got.get("used") == "COERCE"


def test_water_cannon_fired_at_protesters_stays_crowd_control(nlp: Any) -> None:
    got = readings(nlp, "Police fired water cannon at protesters.")
    assert got.get("fired") == "COERCE"
