"""A summons made to protest is a diplomatic protest (PLOVER ACCUSE), even when the
summoned envoy is named only by name: "the ministry summoned Duval to protest against the
arrest", "summoned Okafor to complain about the raid". Other summonses stay requests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The foreign ministry summoned Duval on Monday to protest against the arrest.",
    "Rabat summoned Okafor to complain about the raid.",
])
def test_a_summons_to_protest_accuses(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("summoned") == "ACCUSE"


@pytest.mark.parametrize("text", [
    # guards: a summons to a session or for questioning is no protest
    "The president summoned the assembly to an extraordinary session on Sunday.",
    "The court summoned Duval to testify next week.",
])
def test_other_summonses_stay_requests(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("summoned") == "REQUEST"
