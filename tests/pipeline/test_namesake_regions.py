"""A region's name places an event only in a story about its country: "the Gulf", "the
Red Sea" or "the Eastern Province" are also provinces of Papua New Guinea, Sudan and Sri
Lanka, which a story about Saudi Arabia never names."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_summit_of_the_gulf_is_not_in_a_namesake_province(code_text: Any) -> None:
    out = code_text("Saudi Arabia agreed on Tuesday to restore full ties with Qatar at a "
                    "Gulf summit.")
    assert "PNG" not in _countries(out, "AGREE")


def test_a_sea_is_not_a_namesake_province(code_text: Any) -> None:
    out = code_text("Houthi rebels seized a cargo ship in the Red Sea on Sunday, Yemen's "
                    "coast guard said.")
    assert "SDN" not in _countries(out, "COERCE")


def test_a_region_of_a_country_the_story_names_still_places_the_event(code_text: Any
                                                                      ) -> None:
    out = code_text("Indonesian police arrested 30 protesters in Aceh on Monday.")
    assert _countries(out, "COERCE") == {"IDN"}
