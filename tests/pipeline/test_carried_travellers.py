"""A travel verb with an object or in the passive moves someone who is carried, not a
visitor meeting hosts: "the navy flew the wounded to Aden", "the freed men were flown to
Kyiv", the headline "Ex-leader flown to Paris after arrest". A leader who flies to a
capital still visits it. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The navy flew the wounded by helicopter to Aden for treatment.", "flew"),
    ("The freed men would be flown to Kyiv for medical care.", "flown"),
    ("Ex-leader flown to Paris after arrest on court warrant", "flown"),
])
def test_someone_carried_there_makes_no_visit(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "CONSULT"


@pytest.mark.parametrize(("text", "word"), [
    ("Macron flew to Beijing on Monday.", "flew"),
    ("The minister has flown to Cairo for talks.", "flown"),
])
def test_a_leader_flying_to_a_capital_still_visits(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "CONSULT"


def test_sending_an_envoy_stays_a_visit(nlp: Any) -> None:
    assert readings(nlp, "Tokyo was sending a deputy minister to Yangon.").get(
        "sending") == "CONSULT"
