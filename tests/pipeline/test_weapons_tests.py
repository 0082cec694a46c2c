"""A missile or rocket launch that tests weapons or reaches space hits no one: "test-fired
a cruise missile", "fired missiles during an exercise", "launched a rocket that put a
satellite into orbit" are shows of force (PLOVER MOBILIZE), as missiles fired into the sea
are. A launch aimed at a target stays an assault, whatever drill it is part of."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Iran test-fired a new cruise missile on Tuesday.", "fired"),
    ("Pakistan test-launched a nuclear-capable missile on Monday.", "launched"),
    ("India fired two missiles during an exercise in the Bay of Bengal.", "fired"),
    ("The army fired ballistic missiles in a drill on Friday.", "fired"),
    ("Pyongyang launched a rocket that it said had put a satellite into orbit.", "launched"),
])
def test_a_weapons_test_is_a_show_of_force(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "MOBILIZE"


@pytest.mark.parametrize(("text", "word"), [
    # guards: launches with a target are attacks
    ("Russia fired 38 missiles at Kyiv overnight.", "fired"),
    ("The militia fired rockets at the base during the exercise.", "fired"),
    ("Russia launched missiles on Kharkiv on Sunday.", "launched"),
    # guard: a satellite launch told in another clause makes no space launch of these
    ("Hamas fired rockets into Israel, a day after a satellite was launched by Iran.",
     "fired"),
])
def test_an_aimed_launch_stays_an_assault(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"


def test_a_weapons_test_happens_at_home(code_text: Any) -> None:
    # a show of force by launch is made from the launcher's own ground, not the rival's
    # it is aimed to impress (the story's other party)
    out = code_text("Seoul shut the Kaesong complex on Wednesday after the North's launch. "
                    "Pyongyang test-fired a missile on Sunday in defiance of Seoul.")
    tests = [e for e in out.events if e.type == "MOBILIZE"]
    assert tests and all(e.location is not None and e.location.country == "PRK"
                         for e in tests), out.events
