"""In a story that pairs a state with an international body (a UN mission, a bloc), a
recipient the clause names only by a role word ("the spokesman", "the troops") is the
body's staff or forces, not the state's own people; people, the state itself and the
objects of force keep their country. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Chad orders UN peacekeepers out"
STORY = ("Chad told the UN mission to leave the country. The Security Council voted to end "
         "the mission on Friday. Chad expelled the mission's spokesman in March. "
         "Chad demanded that the 9,000 troops leave by December.")


def test_expelled_spokesman_of_the_body_is_the_body(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    expelled = {(s, t) for ty, s, t in triples(out) if ty == "SANCTION" and s == "TCD"}
    assert ("TCD", "IGO") in expelled
    assert ("TCD", "TCD") not in expelled


def test_troops_told_to_leave_are_the_body(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    demands = {(s, t) for ty, s, t in triples(out) if ty == "REQUEST"}
    assert ("TCD", "IGO") in demands
    assert ("TCD", "TCD") not in demands


def test_people_killed_stay_the_state_own(code_text: Any) -> None:
    text = STORY + " Chadian troops killed at least 40 people in the north."
    out = code_text(text, title=TITLE)
    killed = {(s, t) for ty, s, t in triples(out) if ty == "ASSAULT"}
    assert ("TCD", "IGO") not in killed
