"""Violence by a state's forces of order (police, security forces, border guards) with
no place in its sentence happens on their own state's ground, not in the country of the
people they hit; troops, a named place and a held territory still place it as before."""

from __future__ import annotations

from typing import Any


def _places(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_security_forces_storming_foreign_gunmen_act_at_home(code_text: Any) -> None:
    out = code_text("Ghanaian security forces killed three Togolese gunmen on Monday.")
    assert _places(out, "ASSAULT") == {"GHA"}


def test_border_guards_shooting_foreigners_act_at_home(code_text: Any) -> None:
    out = code_text("Iranian border guards shot dead four Afghan men on Friday.")
    assert _places(out, "ASSAULT") == {"IRN"}


def test_troops_striking_a_neighbour_still_act_on_its_ground(code_text: Any) -> None:
    out = code_text("Ghanaian troops killed three Togolese soldiers on Monday.")
    assert _places(out, "ASSAULT") == {"TGO"}


def test_a_named_place_still_places_the_act(code_text: Any) -> None:
    out = code_text("Ghanaian security forces killed three Togolese gunmen in Lome on "
                    "Monday.")
    assert _places(out, "ASSAULT") == {"TGO"}


def test_police_of_a_holding_state_act_on_the_held_ground(code_text: Any) -> None:
    out = code_text("Tensions have risen in the occupied West Bank this month. Israeli "
                    "police shot dead a Palestinian man on Tuesday.")
    assert _places(out, "ASSAULT") == {"PSE"}
