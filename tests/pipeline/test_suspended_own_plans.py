"""Suspending one's own plan, rule or surcharge sets a measure aside (PLOVER RETREAT, as
suspending one's own tariffs or laws is), no reduction of relations; suspending a treaty
with another state still reduces relations (SANCTION)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", [
    "The Peruvian president suspended a plan to raise fuel prices on Monday.",
    "Kyrgyzstan's president suspended the disputed provisions of the new mining code.",
    "Quebec's premier suspended the surcharge on electricity exports.",
])
def test_suspending_ones_own_plan_sets_it_aside(code_text: Any, text: str) -> None:
    types = _types(code_text(text))
    assert "RETREAT" in types and "SANCTION" not in types


def test_suspending_a_treaty_with_a_state_stays_a_sanction(code_text: Any) -> None:
    out = code_text("Algeria suspended a friendship treaty with Spain on Wednesday.")
    assert ("SANCTION", "DZA", "ESP") in triples(out)


@pytest.mark.parametrize("text", [
    # review: a plan of help for another state is cut, not set aside
    "The EU suspended the aid plan for Niger after the coup.",
    "The IMF suspended its loan plan for Pakistan.",
])
def test_guard_cutting_aid_is_no_concession(code_text: Any, text: str) -> None:
    assert "RETREAT" not in _types(code_text(text))
