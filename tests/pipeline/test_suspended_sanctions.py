"""Suspending or pausing one's own sanctions, tariffs or bans eases them: PLOVER RETREAT,
as lifting sanctions is, not a new SANCTION. Suspending aid or talks still reduces
relations or refuses them. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("sentence", [
    "The United States suspended sanctions on Venezuela's oil sector on Wednesday.",
    "Canada suspended its retaliatory tariffs on American goods for 30 days.",
    "Russia paused the ban on grain exports to Kazakhstan on Monday.",
])
def test_suspending_ones_own_measures_is_a_retreat(
        code_text: Callable[..., Any], sentence: str) -> None:
    types = {t[0] for t in triples(code_text(sentence))}
    assert "RETREAT" in types
    assert "SANCTION" not in types


def test_suspending_aid_still_reduces_relations(code_text: Callable[..., Any]) -> None:
    out = code_text("The United States suspended aid to Ethiopia on Tuesday.")
    assert ("SANCTION", "USA", "ETH") in triples(out)


def test_suspending_talks_still_refuses_them(code_text: Callable[..., Any]) -> None:
    out = code_text("The European Union suspended talks with Turkey on Friday.")
    assert ("REJECT", "IGO", "TUR") in triples(out)
