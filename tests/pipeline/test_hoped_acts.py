"""Every form of "hope" states a wish, not an act: "hoped Putin would agree", "hopes to
meet", "was hoping to sign". (The small English model lemmatises "hoped", "hopes" and
"hoping" as "hop", which the wish checks must also know.) Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Trump told reporters he hoped Putin would agree.", "agree"),
    ("The envoy hopes to meet the president next week.", "meet"),
    ("Officials were hoping to sign the accord on Friday.", "sign"),
    ("The minister hoped to visit Kyiv.", "visit"),
])
def test_a_hoped_act_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)


def test_an_act_beside_a_hope_stays_coded(nlp: Any) -> None:
    got = readings(nlp, "The army shelled the town, and residents hoped for calm.")
    assert got.get("shelled") == "ASSAULT"


def test_an_act_only_hoped_for_as_a_noun_is_no_event(nlp: Any) -> None:
    got = readings(nlp, "The two sides signed a truce, raising hopes of an end to the war.")
    assert "end" not in got
    assert "war" not in got
