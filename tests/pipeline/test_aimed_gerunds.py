"""A gerund that is the goal of an aim or a step ("a deal aimed at ending the fighting",
"a step toward ending the war") names what is sought, not an act done. The same verb
stating the act is read as before. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The two sides signed a peace agreement on Friday aimed at ending fighting in the "
     "east.", "ending"),
    ("The accord was a step toward ending the war.", "ending"),
    ("The army launched raids aimed at killing rebel leaders.", "killing"),
])
def test_the_goal_of_an_aim_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)


def test_the_aimed_deal_itself_stays(nlp: Any) -> None:
    got = readings(nlp, "The two sides signed a peace agreement on Friday aimed at ending "
                        "fighting in the east.")
    assert got.get("signed") == "AGREE"


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The government ended the fighting in the east on Friday.", "ended", "CONCEDE"),
    ("Gunmen killed two rebel leaders in the town.", "killed", "ASSAULT"),
])
def test_the_act_itself_is_read_as_before(nlp: Any, text: str, word: str,
                                          kind: str) -> None:
    assert readings(nlp, text).get(word) == kind
