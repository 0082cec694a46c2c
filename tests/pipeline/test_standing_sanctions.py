"""Sanctions already in force, named as what a panel watches or a ship breaks, are the
setting of another act: no new SANCTION event. Sanctions imposed stay one."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_a_panel_monitoring_sanctions_imposes_none(code_text: Any) -> None:
    out = code_text("China blocked the renewal of a UN panel monitoring sanctions on Iran.")
    assert "SANCTION" not in _types(out)


def test_a_ship_in_breach_of_sanctions_imposes_none(code_text: Any) -> None:
    out = code_text("Greek police detained a tanker suspected of carrying oil to Syria in "
                    "breach of EU sanctions.")
    assert "SANCTION" not in _types(out)


def test_sanctions_imposed_are_still_a_sanction(code_text: Any) -> None:
    assert ("SANCTION", "USA", "IRN") in triples(code_text(
        "The United States imposed new sanctions on Iran on Monday."))
    assert ("SANCTION", "GBR", "RUS") in triples(code_text(
        "Britain announced sanctions on Russia on Tuesday."))
