"""Shots fired into the air hit no one: fighters firing into the air to celebrate make
no attack, and shots into the air to scatter a crowd are crowd control (COERCE). Fire
"on" a crowd stays an attack. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_celebratory_fire_is_no_attack(nlp: Any) -> None:
    got = readings(nlp, "Crowds danced in the square as fighters fired into the air.")
    assert got.get("fired") != "ASSAULT"


def test_fire_into_the_air_to_scatter_a_crowd_is_coercion(nlp: Any) -> None:
    got = readings(nlp, "Soldiers fired shots into the air to scatter the crowd.")
    assert got.get("fired") == "COERCE"


def test_fire_on_a_crowd_is_an_attack(nlp: Any) -> None:
    assert readings(nlp, "Police fired on the crowd.").get("fired") == "ASSAULT"
