"""A weapon named with no country of its own ("drones hit two pumping stations", "a
missile struck a farm") names no attacker: it is not the story's own country attacking
(the country a role word falls back to), and the teller is not the doer either. The act
is nobody's named, aimed at the country the story is about unless the clause names a
recipient. A weapon whose country is named keeps it. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

SAUDI = ("Saudi Arabia said its oil output was halved. Saudi Arabia blamed Iran. Iran "
         "denied the charge. Saudi Arabia's foreign minister said Iran was responsible. ")


def _assaults(out: Any) -> set[tuple[str, str | None, str | None]]:
    return {t for t in triples(out) if t[0] == "ASSAULT"}


def test_drones_striking_the_story_country_are_nobodys_named(code_text: Any) -> None:
    out = code_text(SAUDI + "Drones hit two pumping stations on the kingdom's pipeline "
                    "in May.")
    assert _assaults(out) == {("ASSAULT", None, "SAU")}


def test_the_teller_of_a_missile_strike_is_not_its_doer(code_text: Any) -> None:
    out = code_text(SAUDI + "A missile struck an oil terminal near Jeddah, the energy "
                    "ministry said.")
    assert ("ASSAULT", "SAU", "SAU") not in _assaults(out)
    assert ("ASSAULT", None, "SAU") in _assaults(out)


def test_a_weapon_of_a_named_country_keeps_it(code_text: Any) -> None:
    out = code_text(SAUDI + "Iranian drones hit two pumping stations in May.")
    assert ("ASSAULT", "IRN", "SAU") in _assaults(out)
