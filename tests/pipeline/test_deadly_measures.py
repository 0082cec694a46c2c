"""A raid is a state's repression short of violence (PLOVER COERCE: "police carried out
raids") unless its own phrase tells of killing or of weapons: "a deadly raid", "a drone
raid", "a raid that left two dead" are violence (ASSAULT). A killing elsewhere in the
sentence leaves the raid a raid, and a crackdown stays repression."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The minister resigned after a deadly raid on the farm.", "raid"),
    ("The navy's drone raid on the harbour overshadowed the summit.", "raid"),
    ("Villagers fled after a bloody raid on the market.", "raid"),
    ("The unrest grew after a raid that left two students dead.", "raid"),
])
def test_a_killing_or_armed_raid_is_violence(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ASSAULT"


@pytest.mark.parametrize(("text", "word"), [
    ("Officers carried out four raids in the port city on Monday.", "raids"),
    ("The crackdown on dissent deepened after the election.", "crackdown"),
    ("Villagers fled after a bloody crackdown on the march.", "crackdown"),
    ("The raid on the newspaper drew protests a day after troops killed two marchers.",
     "raid"),
    ("Police launched a dawn raid on the party's offices.", "raid"),
])
def test_a_raid_with_no_killing_of_its_own_stays_repression(nlp: Any, text: str,
                                                             word: str) -> None:
    assert readings(nlp, text).get(word) == "COERCE"
