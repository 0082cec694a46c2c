"""An opposition, a named party or lawmakers face their own government: with no country
of their own in the text, they take the country of the government they address.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Chile recalls ambassador from Argentina over border dispute\n\n"
         "Chile recalled its ambassador from Argentina on Monday after a dispute over a "
         "glacier on the border. Argentina said the move was regrettable. Chilean Foreign "
         "Minister Ana Rojas defended the decision on Tuesday. ")


def test_an_opposition_party_accuses_its_own_government(code_text: Any) -> None:
    out = code_text(STORY + "The opposition Liberal Party accused the Chilean government "
                    "of a needless escalation.")
    assert pairs_in(out, "Liberal Party") == {("CHL", "CHL")}, pairs_in(out, "Liberal")


def test_a_named_party_addresses_its_own_government(code_text: Any) -> None:
    out = code_text(STORY + "Green party leaders accused the Chilean police of "
                    "heavy-handed tactics at a rally.")
    assert pairs_in(out, "Green party") == {("CHL", "CHL")}, pairs_in(out, "Green party")

