"""A government imposing its rule or a security law on a region or a city of its own
restricts the people there (PLOVER COERCE: restrict), as a curfew does; it is no sanction
on another party. Sanctions and duties imposed on another state stay SANCTION.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The cabinet imposed direct rule on the rebellious province.",
    "Beijing imposed a national security law on the territory last year.",
    "The generals imposed military rule across the country.",
])
def test_rule_imposed_at_home_is_coercion(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("imposed") == "COERCE"


@pytest.mark.parametrize("text", [
    "The bloc imposed new sanctions on Minsk.",
    "Washington imposed steep duties on Chinese steel.",
])
def test_measures_imposed_on_another_state_stay_sanctions(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("imposed") == "SANCTION"
