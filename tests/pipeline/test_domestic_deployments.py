"""A state's forces deployed or patrolling on its own ground mobilise (PLOVER MOBILIZE,
the country against itself), as in curfews and states of emergency; forces "entering"
their own airspace or waters cross no border and stay no event."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_soldiers_patrolling_their_capital_mobilise(code_text: Any) -> None:
    got = triples(code_text("LIMA, May 3 (newswire) - Peruvian soldiers patrolled the streets "
                            "of Lima on Friday."))
    assert ("MOBILIZE", "PER", "PER") in got


def test_army_deployed_at_home_mobilises(code_text: Any) -> None:
    got = triples(code_text("The Peruvian government deployed the army to support the "
                            "police in Lima."))
    assert ("MOBILIZE", "PER", "PER") in got


def test_entering_own_waters_is_no_mobilisation(code_text: Any) -> None:
    got = triples(code_text("Officials said Peruvian boats had entered Peruvian waters."))
    assert not any(t[0] == "MOBILIZE" and t[1] == t[2] == "PER" for t in got)
