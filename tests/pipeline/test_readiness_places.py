"""A MOBILIZE act that raises readiness where forces already are (an alert, a
mobilisation, guards posted) happens in the mover's own country when no place is
named; a deployment still goes to the target's ground."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, mover: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events
            if e.type == "MOBILIZE" and e.source and e.source.country == mover}


def test_a_mobilisation_against_a_neighbour_is_at_home(code_text: Any) -> None:
    out = code_text("Armenia announced a general mobilisation of reservists against "
                    "Azerbaijan.")
    assert _countries(out, "ARM") == {"ARM"}


def test_a_deployment_to_a_country_is_still_there(code_text: Any) -> None:
    out = code_text("Russia deployed 2,000 troops to Armenia on Monday.")
    assert _countries(out, "RUS") == {"ARM"}
