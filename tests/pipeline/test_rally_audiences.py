"""A rally someone speaks to ("the president told a rally of supporters", "had addressed
a rally of workers", "spoke at a rally") or a campaign's own rally ("shot after a
campaign rally") is a gathering, not civilian dissent; a rally people join against
something stays a protest. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The president told a rally of supporters that he would not resign.",
    "She had addressed a rally of migrant workers in Dubai.",
    "The mayor spoke at a rally in the capital on Sunday.",
    "The senator was shot after a campaign rally in Lima.",
])
def test_an_audience_or_campaign_rally_is_no_protest(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("rally") != "PROTEST"


def test_a_rally_against_something_is_a_protest(nlp: Any) -> None:
    assert readings(nlp, "Thousands joined a rally against the new law.").get(
        "rally") == "PROTEST"
