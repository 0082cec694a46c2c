"""Typing light-verb statements and aimed acts: voicing support is SUPPORT; targeting
towns or bases with rockets is an attack (ASSAULT), targeting firms with export controls
a sanction; imposing a curfew or a state of emergency is the COERCE of its noun, no
sanction."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_expressing_or_voicing_support_is_support(code_text: Any) -> None:
    assert ("SUPPORT", "DEU", "UKR") in triples(code_text(
        "Germany voiced support for the Ukrainian government on Monday."))
    assert ("SUPPORT", "FRA", "MAR") in triples(code_text(
        "France expressed support for Morocco's reform plan on Tuesday."))
    assert ("SUPPORT", "JPN", "PHL") in triples(code_text(
        "Japan reiterated its support for the Philippines on Friday."))


def test_targeting_towns_and_bases_is_an_attack(code_text: Any) -> None:
    out = code_text("The group has repeatedly targeted Israeli towns and military bases "
                    "with rockets.")
    assert "ASSAULT" in _types(out)
    assert "SANCTION" not in _types(out)


def test_targeting_firms_with_controls_is_still_a_sanction(code_text: Any) -> None:
    assert ("SANCTION", "USA", "CHN") in triples(code_text(
        "Washington targeted Chinese chipmakers with new export controls."))


def test_imposing_a_state_of_emergency_is_no_sanction(code_text: Any) -> None:
    out = code_text("The Kenyan government imposed a state of emergency in the north on "
                    "Monday.")
    assert "COERCE" in _types(out)
    assert "SANCTION" not in _types(out)
    out = code_text("Bolivia imposes curfew after deadly unrest in La Paz")
    assert "SANCTION" not in _types(out)


def test_imposing_sanctions_is_still_a_sanction(code_text: Any) -> None:
    assert ("SANCTION", "USA", "IRN") in triples(code_text(
        "The United States imposed new sanctions on Iran on Monday."))
