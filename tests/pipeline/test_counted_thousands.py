"""A count in thousands is a measure of what a typed-by-object verb moves, as "dozens"
and "hundreds" are: "sent thousands of troops" sends troops (MOBILIZE), "supplied
thousands of tents" supplies tents (AID), "fired thousands of rockets" fires rockets. What
the count is of still decides: thousands of parcels, letters or tourists are no event.
Where that says nothing, the count or the vessel itself may: "expelling hundreds of
Afghans" is a mass deportation, "boarded a ship of the shadow fleet" boards the ship.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Ecuador sent thousands of troops to its border with Colombia.", "sent", "MOBILIZE"),
    ("Pakistan supplied thousands of tents to Turkey after the earthquake.", "supplied",
     "AID"),
    ("Iran fired thousands of rockets and drones at Israel overnight.", "fired", "ASSAULT"),
])
def test_thousands_of_is_a_measure(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Pakistan began expelling hundreds of Afghans.", "expelling", "COERCE"),
    # (a guard: typed by the count before the change as well)
    ("Pakistan began expelling hundreds of thousands of Afghans.", "expelling", "COERCE"),
    ("Estonian commandos boarded a ship of the shadow fleet.", "boarded", "COERCE"),
])
def test_the_count_or_vessel_types_when_its_contents_do_not(nlp: Any, text: str, word: str,
                                                            kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word"), [
    # guards: thousands of what no table types
    ("Amazon will send thousands of packages to customers in Germany this week.", "send"),
    ("Voters in India sent thousands of letters to the prime minister.", "sent"),
    ("The Qatari organisers sent thousands of tickets to fans in Morocco.", "sent"),
    ("Russian hackers sent thousands of emails to Ukrainian officials.", "sent"),
    ("The storm in Florida left thousands of homes without power.", "left"),
    ("Argentine fans fired thousands of fireworks in Buenos Aires to celebrate.", "fired"),
    ("The Egyptian airline flew thousands of tourists home from Sharm el-Sheikh.", "flew"),
    ("Volunteers provided thousands of meals to flood victims in Pakistan.", "provided"),
])
def test_thousands_of_untyped_things_stay_untyped(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None
