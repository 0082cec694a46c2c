"""A death toll counts the killed: it tells a killing when it names no other cause; a
disaster's toll is no attack, and a riot's toll is the riot."""

from __future__ import annotations

from typing import Any


def test_a_rising_death_toll_is_an_attack_on_the_victims_country(code_text: Any) -> None:
    out = code_text("Sudanese doctors said the death toll in Khartoum had risen to 40.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.country == "SDN"
               for e in out.events)


def test_a_disasters_toll_is_no_attack(code_text: Any) -> None:
    out = code_text("The death toll from the floods in Nepal rose to 200 on Sunday.")
    assert "ASSAULT" not in {e.type for e in out.events}


def test_a_riots_toll_is_the_riot(code_text: Any) -> None:
    out = code_text("The death toll from rioting in Nairobi rose to 12, Kenyan police said.")
    types = {e.type for e in out.events}
    assert "PROTEST" in types
    assert "ASSAULT" not in types
