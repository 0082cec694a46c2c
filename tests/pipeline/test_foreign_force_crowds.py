"""Crowds facing a party's forces in a story about the other party of a dispute are that
other party's public, not the forces' own. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Palestinians celebrate prisoner release\n\n"
         "Hamas freed 13 Israeli hostages on Friday and Israel freed 39 Palestinian "
         "prisoners. Hamas said Israel had broken its word. The Palestinian Authority "
         "thanked Qatar. Palestinians gathered in Ramallah. ")


def test_crowds_dispersed_by_the_other_partys_troops(code_text: Any) -> None:
    out = code_text(STORY + "Israeli troops fired tear gas at the crowd near the prison.")
    force = [(s, t) for k, s, t in triples(out) if k in ("ASSAULT", "COERCE")]
    assert ("ISR", "PSE") in force and ("ISR", "ISR") not in force, triples(out)


def test_a_states_own_crowds_at_home_stay_its_own(code_text: Any) -> None:
    out = code_text("Kenyan police fire tear gas at protesters\n\nKenyan police fired "
                    "tear gas at protesters in Nairobi on Tuesday. The protesters "
                    "demanded that the government resign.")
    assert ("ASSAULT", "KEN", "KEN") in triples(out) or \
        ("COERCE", "KEN", "KEN") in triples(out), triples(out)
