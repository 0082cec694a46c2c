"""An event whose doer has no country (a world body, unnamed kidnappers) and whose
sentence and story name no place happens in the country it is done to."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_world_body_visit_happens_in_the_visited_country(code_text: Any) -> None:
    out = code_text("The UN Secretary-General toured Pakistani flood camps on Friday.")
    assert _countries(out, "CONSULT") == {"PAK"}


def test_a_release_by_unnamed_captors_happens_in_the_captives_country(
        code_text: Any) -> None:
    out = code_text("Kidnappers released dozens of Nigerian schoolgirls on Friday.")
    assert _countries(out, "RETREAT") == {"NGA"}


def test_words_of_a_world_body_stay_unplaced(code_text: Any) -> None:
    out = code_text("The UN Secretary-General condemned Israel on Friday.")
    assert _countries(out, "ACCUSE") == {None}


def test_a_demand_of_an_aid_group_stays_unplaced(code_text: Any) -> None:
    out = code_text("Amnesty International urged Egypt to free the activists.")
    assert _countries(out, "REQUEST") == {None}
