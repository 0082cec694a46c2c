"""A collective with a modifier of its own kind is that kind of group ("an armed group of
former soldiers" is an armed group), while a size ("a small group of lawmakers") leaves
it the people it is of. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

STORY = ("Colombia reports attack in Cauca\n\n"
         "Colombian authorities said an attack killed five people in Cauca on Monday. The "
         "army said it was pursuing the attackers. ")


def test_guard_an_armed_group_of_former_soldiers_is_an_armed_group(code_text: Any) -> None:
    out = code_text(STORY + "An armed group of former soldiers attacked a police station "
                    "in Cauca.")
    roles = {e.source.role for e in out.events if e.source and "armed group" in
             e.evidence.sentence}
    assert roles == {"REB"}, roles


def test_a_small_group_of_lawmakers_is_lawmakers(code_text: Any) -> None:
    out = code_text(STORY + "A small group of lawmakers criticized the army on Tuesday.")
    texts = {e.source.text for e in out.events if e.source and "small group" in
             e.evidence.sentence}
    assert texts == {"lawmakers"}, texts
