"""In a story about two countries, a state that sends its forces to back its own police,
to a place of its own or "throughout the country" mobilises at home (PLOVER MOBILIZE,
the country against itself), not against the story's other party; a deployment whose
phrase names the other party still faces it."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

DISPUTE = ("Chile accused Argentina on Sunday of seizing three Chilean fishing boats. "
           "Argentina rejected the accusation as baseless. "
           "Argentina's foreign minister said Argentina would not back down. ")


def test_troops_sent_with_police_mobilise_at_home(code_text: Any) -> None:
    got = triples(code_text(DISPUTE + "Chilean authorities deployed troops and police to "
                            "the southern port on Monday after a night of looting."))
    assert ("MOBILIZE", "CHL", "CHL") in got
    assert ("MOBILIZE", "CHL", "ARG") not in got


def test_guard_deployed_throughout_the_country_mobilises_at_home(code_text: Any) -> None:
    got = triples(code_text(DISPUTE + "Chile will deploy its national guard throughout "
                            "the country, the interior minister said."))
    assert ("MOBILIZE", "CHL", "CHL") in got


def test_troops_sent_to_the_other_party_s_border_face_it(code_text: Any) -> None:
    got = triples(code_text(DISPUTE + "Chile deployed troops and police to its border "
                            "with Argentina on Monday."))
    assert ("MOBILIZE", "CHL", "ARG") in got
    assert ("MOBILIZE", "CHL", "CHL") not in got
