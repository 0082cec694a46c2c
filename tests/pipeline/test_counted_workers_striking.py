"""A strike staged by a count of workers ("thousands of workers staged a strike at the
port") is a labour strike (PLOVER PROTEST), as one by "workers" is; a count of troops,
jets or drones still strikes from the air (ASSAULT). Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, typed_pairs


@pytest.mark.parametrize("text", [
    "Thousands of workers staged a strike at the port of Mombasa.",
    "Hundreds of doctors staged a strike across Kenya on Monday.",
    "Members of the dockers' union staged a strike at the port of Haifa.",
])
def test_a_count_of_workers_strikes_from_work(code_text: Any, text: str) -> None:
    types = event_types(code_text(text))
    assert "PROTEST" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    # counts of forces and weapons, and a passive, still strike by force
    "Thousands of Russian troops launched a strike on the port of Odesa.",
    "Dozens of drones struck targets in Kyiv overnight.",
    "Hundreds of soldiers staged a strike on rebel positions near Goma.",
    "A squadron of Israeli jets launched a strike on Beirut.",
    "Dozens of workers were killed in a strike on the factory in Kharkiv.",
    "A group of gunmen launched a strike on a police station in Quetta.",
    "Dozens of Saudi jets carried out a strike on the airport in Sanaa.",
    "A unit of marines staged a strike on the port of Hodeidah.",
])
def test_guard_counts_of_forces_still_assault(code_text: Any, text: str) -> None:
    types = event_types(code_text(text))
    assert "ASSAULT" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(("text", "pair"), [
    # cold review: a rank or unit "of staff" or "of pilots" is no count of workers
    ("Israel's chief of staff ordered a strike on Hezbollah positions in southern Lebanon.",
     ("ISR", "LBN")),
    ("The IDF chief of staff ordered a strike on a Hamas command centre in Gaza City.",
     ("ISR", "PSE")),
    ("Israel's chief of staff ordered strikes on Hezbollah targets after the rocket attack "
     "on Majdal Shams.", ("ISR", "LBN")),
])
def test_guard_a_strike_ordered_by_a_chief_of_staff_is_an_assault(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    out = code_text(text)
    assert pair in typed_pairs(out, "ASSAULT")
    assert "PROTEST" not in event_types(out)


@pytest.mark.parametrize("text", [
    "A squadron of Israeli pilots carried out a strike on the port of Hodeidah.",
    "A unit of pilots struck the Houthi port of Hodeidah on Saturday.",
])
def test_guard_a_unit_of_pilots_strikes_no_labour_strike(code_text: Any, text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))
