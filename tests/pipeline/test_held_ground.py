"""Force used on a held territory's ground: with no place in its sentence, an arrest or
an attack by the holding country's police or troops in a story about the territory
happens in the territory, not in the holder's homeland."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str, words: str = "") -> set[str | None]:
    return {e.location and e.location.country for e in out.events
            if e.type == event_type and words in e.evidence.sentence}


def test_french_police_arrests_in_a_story_about_new_caledonia(code_text: Any) -> None:
    out = code_text("Riots broke out again in New Caledonia on Monday. French police "
                    "arrested 40 people overnight.")
    assert _countries(out, "COERCE") == {"NCL"}


def test_israeli_troops_in_a_story_about_the_west_bank(code_text: Any) -> None:
    out = code_text("Crowds gathered in the West Bank on Friday. Israeli troops "
                    "detained 12 young men, witnesses said.")
    assert _countries(out, "COERCE") == {"PSE"}


def test_arrests_at_home_stay_at_home(code_text: Any) -> None:
    out = code_text("Unrest spread across Nigeria on Monday. Nigerian police arrested "
                    "40 people overnight.")
    assert _countries(out, "COERCE") == {"NGA"}


def test_a_story_that_names_no_territory_keeps_the_homeland(code_text: Any) -> None:
    out = code_text("French police arrested 40 people overnight after riots in Paris "
                    "suburbs.")
    assert _countries(out, "COERCE") == {"FRA"}


def test_a_strike_on_the_holders_forces_in_a_held_region(code_text: Any) -> None:
    out = code_text("Fighting flared again in Nagorno-Karabakh on Tuesday. Azerbaijan "
                    "shelled Armenian positions with artillery and drones.")
    assert _countries(out, "ASSAULT") == {"AZE"}


def test_the_region_does_not_place_a_strike_with_another_party(code_text: Any) -> None:
    out = code_text("Fighting flared again in Nagorno-Karabakh on Tuesday. Turkish jets "
                    "bombed Armenian positions.")
    # (the fighting in Nagorno-Karabakh is an event of its own, placed there)
    assert _countries(out, "ASSAULT", "jets") == {"ARM"}


def test_a_strike_on_russian_forces_in_a_held_ukrainian_region(code_text: Any) -> None:
    # Russian-held Donetsk, Luhansk, Zaporizhzhia, Kherson and Donbas stay Ukraine's
    out = code_text("Shelling hit the Zaporizhzhia region again on Friday. Ukrainian "
                    "drones attacked Russian troops with explosives.")
    assert _countries(out, "ASSAULT") == {"UKR"}
