"""Police charging a crowd is force used on it (ASSAULT), not a criminal charge:
"riot police charged protesters", "fired tear gas and charged with batons". An offence
after "with" keeps the accusation ("charged the protesters with rioting")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Riot police charged crowds outside the parliament in Oslo on Monday.",
    "Norwegian police charged protesters who tried to reach the ministry in Oslo.",
    "Norwegian police fired tear gas in Oslo and charged with batons.",
])
def test_police_charging_a_crowd_is_no_accusation(code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))


def test_police_charging_a_crowd_is_force(code_text: Any) -> None:
    got = triples(code_text("Riot police charged crowds outside the parliament in Oslo."))
    assert any(t[0] == "ASSAULT" for t in got)


def test_an_offence_after_with_stays_a_charge(code_text: Any) -> None:
    got = triples(code_text("Norwegian prosecutors charged the protesters with rioting."))
    assert any(t[0] == "ACCUSE" for t in got)


@pytest.mark.parametrize("text", [
    # review: a judicial charge, a counted or singled-out group, a charge over an event
    "Prosecutors charged the demonstrators who stormed the building.",
    "The court charged the rioters over the violence.",
    "Police later charged five demonstrators.",
])
def test_guard_a_legal_charge_of_protesters_stays_an_accusation(
        code_text: Any, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    # review: a crowd counted in thousands, or charged with batons, is rushed
    "Riot police charged some 3,000 protesters with batons in Nairobi on Monday.",
    "Riot police charged 3,000 protesters outside parliament in Nairobi.",
])
def test_a_large_crowd_charged_is_rushed(code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))
