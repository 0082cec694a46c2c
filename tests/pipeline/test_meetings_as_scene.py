"""A meeting noun that is the scene of another act ("asked Peru to reopen the border at a
meeting with its minister", "agreed in talks with Peru") is a second event of the
sentence: the meeting was held, and the act done at it is coded as well. A meeting the
act only speaks of stays its argument."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_request_made_at_a_meeting(code_text: Any) -> None:
    got = triples(code_text("Chilean President Ana Lopez asked Peru to reopen the border "
                            "at a meeting with Peruvian minister Jorge Ruiz on Monday."))
    assert ("REQUEST", "CHL", "PER") in got
    assert ("CONSULT", "CHL", "PER") in got


def test_an_agreement_reached_in_talks(code_text: Any) -> None:
    got = triples(code_text("Chile agreed in talks with Peru to reopen the border."))
    assert ("CONSULT", "CHL", "PER") in got or ("CONSULT", "PER", "CHL") in got


def test_a_meeting_spoken_of_is_no_scene(code_text: Any) -> None:
    got = triples(code_text("Chile rejected a meeting with Peru."))
    assert not any(t[0] == "CONSULT" for t in got)


def test_a_summit_hinted_at_is_no_meeting(code_text: Any) -> None:
    got = triples(code_text("Chile hinted at a summit with Peru."))
    assert not any(t[0] == "CONSULT" for t in got)
