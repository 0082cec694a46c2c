"""A withdrawal or an evacuation with no place named happens in the country left, the
target's; a release with no place named stays where the captors are, the source's."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_an_evacuation_happens_in_the_country_left(code_text: Any) -> None:
    out = code_text("Gangs besieged the capital of Haiti this week. Germany evacuated its "
                    "diplomats from the Haitian mission on Sunday.")
    assert _countries(out, "RETREAT") == {"HTI"}


def test_a_release_happens_where_the_captors_are(code_text: Any) -> None:
    out = code_text("Iran released ten American sailors on Thursday.")
    assert _countries(out, "RETREAT") <= {"IRN"}
