"""Verdicts on a measure or a process said by a party are its disapproval (ACCUSE):
"called the punishment cruel", "the vote was flawed", "the reaction was disproportionate"."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_cruel_punishment_is_a_disapproval(code_text: Any) -> None:
    out = code_text("Dutch Foreign Minister Kees Bakker called the Indonesian punishment "
                    "cruel and inhumane.")
    assert ("ACCUSE", "NLD", "IDN") in triples(out)


def test_flawed_vote_is_a_disapproval(code_text: Any) -> None:
    out = code_text("The Organization of American States said the Honduran vote was so "
                    "flawed that it should be repeated.")
    assert ("ACCUSE", "IGO", "HND") in triples(out)


def test_disproportionate_is_a_disapproval(code_text: Any) -> None:
    out = code_text("An EU spokeswoman said the reaction of the Belarusian security "
                    "services had been disproportionate.")
    assert ("ACCUSE", "IGO", "BLR") in triples(out)


def test_a_verdict_on_ones_own_step_is_none(code_text: Any) -> None:
    # "it would be inappropriate to comment": the speaker's own restraint, no verdict
    out = code_text("A Kremlin spokesman said it would be inappropriate to comment on the "
                    "Ukrainian proposal.")
    assert not [t for t in triples(out) if t[0] == "ACCUSE"]
