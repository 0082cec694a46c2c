"""The event's place as a country: provinces without coordinates still name their
country."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_province_names_its_country(code_text: Any) -> None:
    out = code_text("Police arrested 30 truckers at a blockade in Alberta on Monday.")
    assert _countries(out, "COERCE") == {"CAN"}
