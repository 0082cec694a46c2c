"""Forces ordered somewhere: "ordered extra police units into the capital", "ordered the
navy to its highest state of readiness" deploy them (PLOVER MOBILIZE) with no task
named, and forces ordered "to support the police" are deployed to help, not asked to
endorse anyone; ordering another state somewhere stays a demand."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", [
    "The Interior Ministry of Chad ordered extra police units into the capital on Monday.",
    "Peru's president had ordered the navy to its highest state of readiness.",
    "Bolivia's president ordered soldiers to support the police in the mining towns.",
])
def test_forces_ordered_somewhere_are_deployed(code_text: Any, text: str) -> None:
    types = _types(code_text(text))
    assert "MOBILIZE" in types and "REQUEST" not in types and "SUPPORT" not in types


def test_ordering_another_state_somewhere_stays_a_demand(code_text: Any) -> None:
    out = code_text("Egypt ordered Israel to withdraw its troops to the border.")
    assert ("REQUEST", "EGY", "ISR") in triples(out)
    assert "MOBILIZE" not in _types(out)


@pytest.mark.parametrize("text", [
    # review: a court sending soldiers to prison, or anyone ordering them to jail, jails
    "The court ordered the soldiers to prison.",
    "The general ordered the soldiers to prison.",
    "The general ordered the soldiers to the detention centre.",
])
def test_guard_forces_sent_to_custody_are_not_deployed(code_text: Any, text: str) -> None:
    assert not any(e.type == "MOBILIZE" for e in code_text(text).events)
