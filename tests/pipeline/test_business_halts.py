"""A firm halting its own work is a business decision, no sanction by the state it works
in: "Chevron suspended operations at its refinery in Venezuela". Halts by states, by
listed state companies and halts aimed at a party keep their reading. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Chevron suspended operations at its refinery in Venezuela.", "suspended"),
    ("Volkswagen suspended production at its plant in China.", "suspended"),
    ("Toyota suspended production at its factories in Thailand after the floods.",
     "suspended"),
    # (a guard: no reading before the change either)
    ("ExxonMobil halted drilling off the coast of Guyana.", "halted"),
])
def test_a_firm_halting_its_own_work_sanctions_no_one(nlp: Any, text: str,
                                                      word: str) -> None:
    assert readings(nlp, text).get(word) != "SANCTION"


@pytest.mark.parametrize(("text", "word"), [
    # guards: states, listed state companies, halts aimed at a party
    ("The United States suspended aid to Ethiopia.", "suspended"),
    ("Russia suspended gas deliveries to Poland.", "suspended"),
    ("Germany suspended arms exports to Israel.", "suspended"),
    ("Gazprom suspended gas deliveries to Bulgaria.", "suspended"),
    ("Maersk suspended shipments to Israel.", "suspended"),
    ("Qatar Airways suspended flights to Beirut.", "suspended"),
    ("The Iraqi government suspended work at the Kurdish oil fields.", "suspended"),
])
def test_other_halts_stay_sanctions(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "SANCTION"
