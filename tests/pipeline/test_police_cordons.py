"""Police searching premises raid them, and a cordon sealing off a place restricts it
(PLOVER COERCE): "officers searched the homes of the suspects", "police sealed off the
embassy". Searching an area for the missing, and sealing a deal, coerce no one; nor does
a sealed border, which coders type three ways. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_police_searching_homes_raid_them(code_text: Any) -> None:
    out = code_text("Peruvian police searched the homes of two opposition leaders in Lima "
                    "on Monday.")
    assert ("COERCE", "PER", "PER") in triples(out)


def test_officers_searching_properties_raid_them(nlp: Any) -> None:
    got = readings(nlp, "About 2,000 officers searched some 90 properties across the "
                        "country.")
    assert got.get("searched") == "COERCE"


def test_police_sealing_off_an_embassy_restrict_it(code_text: Any) -> None:
    out = code_text("Nigerien police sealed off the French embassy in Niamey on Sunday.")
    assert ("COERCE", "NER", "FRA") in triples(out)


def test_police_sealing_off_squares_restrict_them(nlp: Any) -> None:
    got = readings(nlp, "Hundreds of police officers sealed off squares in the centre "
                        "of the capital.")
    assert got.get("sealed") == "COERCE"


def test_guard_searching_an_area_for_survivors_is_no_raid(nlp: Any) -> None:
    got = readings(nlp, "Rescue teams searched the area for survivors.")
    assert "searched" not in got


def test_guard_sealing_a_deal_coerces_no_one(nlp: Any) -> None:
    got = readings(nlp, "The two leaders sealed a trade deal in Hanoi.")
    assert got.get("sealed") != "COERCE"


def test_guard_a_sealed_border_is_left_untyped_by_the_cordon(nlp: Any) -> None:
    got = readings(nlp, "Chad sealed its border with Sudan on Friday.")
    assert got.get("sealed") != "COERCE"


def test_guard_rescuers_searching_homes_for_survivors_raid_nothing(nlp: Any) -> None:
    # guard: help after a disaster, not a police raid (review of session 19)
    got = readings(nlp, "Rescue workers searched collapsed homes for survivors after the "
                        "earthquake.")
    assert got.get("searched") != "COERCE"


def test_guard_firefighters_sealing_off_a_building_coerce_no_one(nlp: Any) -> None:
    # guard: a cordon by firefighters after a gas leak is no restriction on anyone
    got = readings(nlp, "Firefighters sealed off the building after a gas leak.")
    assert got.get("sealed") != "COERCE"
