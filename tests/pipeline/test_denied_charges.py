"""A charge noun closing a reported clause, with the party that denies it ("Baku said
the road was used to smuggle arms, a charge Yerevan denied"), is the speaker's
accusation of that party, as well as the denier's rejection."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_denied_charge_is_the_speakers_accusation(code_text: Any) -> None:
    out = code_text("Baku said the road was being used to smuggle weapons, a charge "
                    "Yerevan denied.")
    got = triples(out)
    assert ("ACCUSE", "AZE", "ARM") in got
    assert ("REJECT", "ARM", "AZE") in got


def test_a_charge_nobody_denies_takes_no_such_pair(code_text: Any) -> None:
    out = code_text("Baku said the road was being used to smuggle weapons, a charge it "
                    "repeated on Monday.")
    assert ("ACCUSE", "AZE", "ARM") not in triples(out)


def test_a_dismissed_charge_is_answered_like_a_denied_one(code_text: Any) -> None:
    # the denial verbs are one class (word_classes.toml "denials") for every rule that
    # reads an answer to a charge
    out = code_text("Baku said the road was being used to smuggle weapons, a charge "
                    "Yerevan dismissed.")
    assert ("ACCUSE", "AZE", "ARM") in triples(out)
