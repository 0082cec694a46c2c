"""A warning "against" an act aimed at a state, its government or leaders is a coercive
warning (PLOVER THREATEN): "Beijing warned Tokyo against hosting the exiled leader",
"warned the government in Niamey against any new attempt". Warning one's own people
against travel stays advice (REQUEST)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Beijing warned Tokyo against hosting the exiled leader.",
    "Paris warned the government in Niamey against any new attempt to seize French assets.",
    "The minister cautioned the junta's leaders against crossing the border.",
])
def test_a_warning_against_aimed_at_a_state_threatens(nlp: Any, text: str) -> None:
    assert "THREATEN" in readings(nlp, text).values()


@pytest.mark.parametrize("text", [
    # guards: travel advice to one's own people
    "Britain warned its citizens against travelling to the north.",
    "Canada warned tourists against visiting the border region.",
])
def test_a_warning_against_travel_stays_advice(nlp: Any, text: str) -> None:
    assert "THREATEN" not in readings(nlp, text).values()
