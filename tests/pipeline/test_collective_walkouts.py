"""A walkout by many people is a protest (PLOVER PROTEST): "nursing students walked out of
their lectures", "opposition deputies walked out of the chamber". One person walking out,
or anyone walking out of talks or a meeting, refuses them (REJECT)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Nursing students walked out of their lectures on Monday.",
    "Opposition deputies walked out of the chamber before the vote.",
])
def test_a_walkout_by_many_is_a_protest(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("walked") == "PROTEST"


@pytest.mark.parametrize("text", [
    # guards: one person, or a walkout from talks
    "The former president walked out of the hearing after an hour.",
    "The rebel delegates walked out of the talks in Geneva.",
])
def test_walking_out_of_talks_or_alone_refuses(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("walked") == "REJECT"


@pytest.mark.parametrize("text", [
    # guards: people who protest nothing leaving a place
    "Hostages walked out of the hotel.",
    "Israeli troops walked out of the base.",
])
def test_leaving_a_place_is_no_walkout_protest(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("walked") != "PROTEST"
