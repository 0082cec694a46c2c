"""A place name the gazetteer knows only as a small town, a variant spelling or a word
in a country the story never names is a namesake abroad, not where the event happened;
large cities and a story's own countries are kept."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_small_namesake_abroad_is_not_the_place(code_text: Any) -> None:
    # "Jebel" is a small town in Turkmenistan; the story is about South Sudan
    out = code_text("South Sudan's army shelled rebel positions near the Jebel area on "
                    "Monday, witnesses said.")
    assert _countries(out, "ASSAULT") == {"SSD"}


def test_a_large_city_is_the_place_whatever_countries_the_story_names(
        code_text: Any) -> None:
    out = code_text("In Geneva, the United Nations appealed on Tuesday for $1 billion "
                    "to help Liberia.")
    assert _countries(out, "REQUEST") == {"CHE"}
