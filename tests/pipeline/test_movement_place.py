"""A troop movement happens where it goes, not in a side clause's city."""

from __future__ import annotations

from typing import Any


def _places(out: Any, event_type: str) -> set[str | None]:
    return {e.location and (e.location.country or e.location.text)
            for e in out.events if e.type == event_type}


def test_the_country_entered_is_the_place(code_text: Any) -> None:
    out = code_text("Troops from Chad and Niger entered Mali on Friday, hours after the new "
                    "president was sworn in at a hotel in Niamey.")
    places = _places(out, "MOBILIZE")
    assert places and all(p in ("MLI", "Mali") for p in places)


def test_the_destination_of_a_crossing_is_the_place(code_text: Any) -> None:
    out = code_text("Turkish tanks crossed into Iraq overnight, officials in Ankara said.")
    places = _places(out, "MOBILIZE")
    assert places and all(p in ("IRQ", "Iraq") for p in places)


def test_a_place_in_the_triggers_own_clause_beats_a_side_clause(code_text: Any) -> None:
    out = code_text("Police in Nairobi arrested 40 protesters on Monday after the president, "
                    "who was visiting Kampala, left.")
    places = _places(out, "COERCE")
    assert places and all(p in ("KEN", "Nairobi") for p in places)


def test_a_craft_entering_a_nationality_s_airspace_is_in_that_country(nlp: Any) -> None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp("A Russian fighter entered Estonian airspace after a patrol in "
                         "the Gulf of Finland.").sents))
    trig = next(t for t in sent if t.text == "entered")
    assert sentence_place(sent, trig, "MOBILIZE") == "Estonia"
