""""Hit back" is retaliation in kind, told by its own words ("raised tariffs, hitting back
at the curbs", "the office hit back, calling the remarks rude"): no attack of its own.
A missile that hits a base is still one. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Quito hit back, ordering its trade minister to raise tariffs.", "hit"),
    ("Beijing banned exports of graphite, hitting back at the new curbs.", "hitting"),
    ("The palace hit back, calling her remarks rude.", "hit"),
])
def test_hitting_back_is_no_attack(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "ASSAULT"


def test_a_missile_hitting_a_base_is_an_attack(nlp: Any) -> None:
    assert readings(nlp, "Two missiles hit the air base on Sunday.").get("hit") == "ASSAULT"
