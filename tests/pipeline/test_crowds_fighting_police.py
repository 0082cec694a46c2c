"""A crowd fighting the police, forcing its way into a building or besieging a place riots
(PLOVER PROTEST: civilian collective dissent), it does not assault or coerce; armed
groups clashing with an army still fight (ASSAULT)."""

from __future__ import annotations

from typing import Any

import pytest


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", [
    "Protesters clashed with riot police outside the parliament in Tirana on Thursday.",
    "Hundreds of demonstrators forced their way into the ministry building in Bishkek.",
    "Thousands of protesters besieged the main airport in Lima on Monday.",
])
def test_a_crowd_fighting_or_breaking_in_riots(code_text: Any, text: str) -> None:
    types = _types(code_text(text))
    assert "PROTEST" in types and not types & {"ASSAULT", "COERCE"}


def test_rebels_clashing_with_an_army_fight(code_text: Any) -> None:
    types = _types(code_text("Rebels clashed with the Congolese army near Goma on Sunday."))
    assert "ASSAULT" in types and "PROTEST" not in types
