"""Troops leaving a country or town are pulled out (PLOVER RETREAT): "the last Belgian
soldiers left Mali", "Kenyan soldiers began leaving Somalia". People who are no forces
leaving, and troops leaving home for somewhere else (a deployment), are no pull-out."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "verb"), [
    ("The last Belgian troops left Mali in August.", "left"),
    ("Kenyan soldiers began leaving Somalia on Monday.", "leaving"),
    ("The ministry said its units had left Kherson by Friday.", "left"),
    ("Some 300 Burundian soldiers left the country last week.", "left"),
])
def test_troops_leaving_a_place_pull_out(nlp: Any, text: str, verb: str) -> None:
    assert _types(nlp, text).get(verb) == "RETREAT"


@pytest.mark.parametrize(("text", "verb"), [
    # guard: troops leaving home for a mission are deployed, not pulled out
    ("The first Kenyan troops left Nairobi for Haiti on Tuesday.", "left"),
    # guard: troops that left a place and went on elsewhere moved, they did not pull out
    ("The soldiers left Kyiv and headed to the front.", "left"),
    # guard: something left in a state, or a person left, is no place left
    ("The soldiers left Smith in charge of the base.", "left"),
    ("Soldiers left John Smith alone.", "left"),
    ("Troops left the town in ruins.", "left"),
    # guard: people who are no forces
    ("The freed fishermen left Dakar on Saturday.", "left"),
])
def test_guard_other_departures_are_no_pull_out(nlp: Any, text: str, verb: str) -> None:
    assert _types(nlp, text).get(verb) != "RETREAT"
