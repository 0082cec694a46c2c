"""What a state says of its own opposition (blaming or warning "opposition leaders", "his
opponents") is aimed at that state's own opposition, even in a story whose focus is
another country; a party or coalition named only by its role word may be a foreign one and
is left to the story. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

TITLE = "Canada bars Nicaraguan officials after disputed vote"
STORY = ("Canada barred 15 Nicaraguan officials from entering the country on Friday. Canada "
         "said the officials had helped rig the vote, and Canadian ministers said Canada "
         "would add more names. The United States and Canada have both criticised the "
         "election.\n\n")


def test_a_president_blames_his_own_opposition(code_text: Any) -> None:
    out = code_text(STORY + "President Daniel Ortega blamed opposition leaders for the "
                    "violence.", title=TITLE)
    assert pairs_in(out, "blamed opposition leaders") == {("NIC", "NIC")}


def test_guard_a_coalition_is_not_taken_for_the_opposition(code_text: Any) -> None:
    # guard: "the coalition" a president accuses may be a foreign one
    out = code_text(STORY + "President Daniel Ortega accused the coalition of meddling.",
                    title=TITLE)
    assert ("NIC", "NIC") not in pairs_in(out, "accused the coalition")
