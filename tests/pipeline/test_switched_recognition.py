"""Switching diplomatic recognition to a state recognises it (PLOVER SUPPORT), from the
one switching to the state named after "to" ("Solomon Islands switches recognition to
Beijing"). Recognition that only modifies the object ("facial recognition software")
and allegiance switched by fans or players recognise no state."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "source"), [
    ("Solomon Islands switches recognition to Beijing, Washington cancels Pence meeting",
     "SLB"),
    ("The Pacific island nation of Nauru said it was cutting diplomatic ties with Taiwan and "
     "would switch recognition to China.", "NRU"),
    ("Nauru switched diplomatic recognition from Taipei to Beijing in 2002.", "NRU"),
])
def test_recognition_switched_to_a_state_supports_it(code_text: Any, text: str,
                                                     source: str) -> None:
    assert ("SUPPORT", source, "CHN") in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The Kenyan police switched their facial recognition software to a Chinese supplier.",
    "The Chinese firm switched its voice recognition system to a new chip.",
    "The Kenyan bank switched its loan recognition policy to the new rules.",
    "The league switched its award recognition to the best young player from Ghana.",
    "The striker switched allegiance to Morocco before the World Cup.",
    "Fans switched their allegiance to the rival club in Madrid.",
    "Will Haiti switch recognition to Beijing?",
    "The Kenyan president switched the meeting to Tuesday.",
])
def test_no_recognition_of_a_state_switched(code_text: Any, text: str) -> None:
    assert "SUPPORT" not in {e.type for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    "Kenya's central bank switched revenue recognition to the new accounting standard.",
    "The Kenyan football federation switched its recognition to the new league in Nairobi.",
])
def test_recognition_switched_to_no_state_supports_none(code_text: Any, text: str) -> None:
    assert "SUPPORT" not in {e.type for e in code_text(text).events}


def test_recognition_switched_back_supports_the_state_named(code_text: Any) -> None:
    text = ("Saint Lucia switched recognition back to Taiwan in 2007 after nine years of "
            "ties with China.")
    supports = {t for t in triples(code_text(text)) if t[0] == "SUPPORT"}
    assert supports == {("SUPPORT", "LCA", "TWN")}


def test_a_state_in_the_next_clause_is_no_target(code_text: Any) -> None:
    text = "Kiribati switched recognition to China and Taiwan cut ties the same day."
    supports = {t for t in triples(code_text(text)) if t[0] == "SUPPORT"}
    assert supports == {("SUPPORT", "KIR", "CHN")}
