"""A government's condemnation of unrest or crowds the text gives no country ("called
the protests treasonous", "condemned the riots") is aimed at its own public, not at
the other party of a two-party story. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "First Rwandan troops land in Mozambique"
STORY = ("Rwandan troops arrived in Mozambique on Friday to fight insurgents in "
         "Mozambique's north. Mozambique has struggled to contain the insurgency, and "
         "Mozambican officials welcomed the force. In Rwanda, President Paul Kagame called "
         "the protests treasonous.")


def test_condemned_protests_are_the_home_public(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    accused = {(s, t) for ty, s, t in triples(out) if ty == "ACCUSE"}
    assert ("RWA", "RWA") in accused
    assert ("RWA", "MOZ") not in accused
