""""Both sides", "the two sides" in a story about one country's war are that
country's own armed factions: their pledges and deals are coded within the country.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

WAR = "Sudan war talks.\n\nSudan's army and the RSF have fought since April. "


def test_both_sides_pledge_within_their_country(code_text: Any) -> None:
    out = triples(code_text(WAR + "At talks in Jeddah both sides pledged to protect "
                                  "civilians."))
    assert ("AGREE", "SDN", "SDN") in out


def test_the_two_sides_sign_a_declaration(code_text: Any) -> None:
    out = triples(code_text(WAR + "The two sides signed a declaration in Jeddah."))
    assert ("AGREE", "SDN", "SDN") in out
