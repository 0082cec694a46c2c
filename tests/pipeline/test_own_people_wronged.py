"""A state's complaint about what was done to its own nationals ("protested against the
treatment of Brazilian deportees") is aimed at the other party of the story, who holds
or wrongs them, not at the state itself; a warning to its own citizens stays its own.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Chile and US clash over deportation flights"
STORY = ("Chile refused to let two US deportation flights land on Sunday. "
         "Chile's government protested against the harsh treatment of 60 Chilean deportees.")


def test_complaint_about_own_nationals_is_aimed_at_the_other_party(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    accused = {(s, t) for ty, s, t in triples(out) if ty == "ACCUSE"}
    assert ("CHL", "USA") in accused
    assert ("CHL", "CHL") not in accused
