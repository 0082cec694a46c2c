"""Typing force by its object: forces seizing a plant, a dam or a checkpoint take a place
by force (ASSAULT), as they do a town; rubber bullets fired at people are violence
(ASSAULT), unlike tear gas alone (COERCE); so are rounds fired, unless as a warning."""

from __future__ import annotations

from typing import Any


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_forces_seizing_a_plant_or_dam_assault(code_text: Any) -> None:
    out = code_text("Russian forces seized the nuclear power plant in the south on Friday.")
    assert "ASSAULT" in _types(out)
    assert "COERCE" not in _types(out)
    out = code_text("Sudanese rebels captured the dam after heavy fighting.")
    assert "ASSAULT" in _types(out)


def test_seizing_weapons_is_still_coercion(code_text: Any) -> None:
    out = code_text("Kenyan police seized weapons and cash in raids on Monday.")
    assert "COERCE" in _types(out)
    assert "ASSAULT" not in _types(out)


def test_rubber_bullets_fired_at_crowds_assault(code_text: Any) -> None:
    out = code_text("Chilean police fired rubber bullets at crowds in Santiago on Sunday.")
    assert "ASSAULT" in _types(out)


def test_tear_gas_alone_is_crowd_control(code_text: Any) -> None:
    out = code_text("Chilean police fired tear gas at crowds in Santiago on Sunday.")
    assert "COERCE" in _types(out)
    assert "ASSAULT" not in _types(out)


def test_rounds_fired_are_shots(code_text: Any) -> None:
    """Rounds are shots or shells counted: firing them is violence, as firing shots is."""
    out = code_text("Belgian police fired several hundred rounds during the night raid on "
                    "the flat.")
    assert "ASSAULT" in _types(out)


def test_live_rounds_fired_are_shots(code_text: Any) -> None:
    out = code_text("Egyptian troops fired live rounds in Suez on Friday.")
    assert "ASSAULT" in _types(out)


def test_rounds_answered_with_are_shots(code_text: Any) -> None:
    """"answered with 80 rounds": a verb of answering with arms (pipeline/answered_arms.py)
    fires what the fire table lists."""
    out = code_text("Greek forces answered with 40 rounds from their howitzers on Tuesday.")
    assert "ASSAULT" in _types(out)


def test_guard_warning_rounds_are_crowd_control(code_text: Any) -> None:
    """Guard: rounds fired as a warning hurt no one, like warning shots."""
    out = code_text("Chilean police fired warning rounds into the air in Santiago.")
    assert "ASSAULT" not in _types(out)
