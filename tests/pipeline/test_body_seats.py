"""A meeting of a world body's standing organ whose sentence names no place is held at the
organ's seat ("the UN Security Council will hold an emergency meeting" is in New York),
not at the story's dateline. A place the sentence names still wins, a regional body's
organ has its own seat, and a state's own "security council" is no world body.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from pipeline.body_seats import body_seat
from pipeline.event_places import event_location
from schemas import Actor

STORY = ("Rebels shell port city\n\n"
         "OSLO, March 3 (example.org) - Rebels shelled the port of Tarvik on Monday, "
         "killing six people. ")


def _places(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_a_security_council_meeting_is_in_new_york(code_text: Any) -> None:
    out = code_text(STORY + "The UN Security Council will hold an emergency meeting on "
                    "Friday at the request of Norway.")
    assert "USA" in _places(out, "CONSULT"), [(e.type, e.location) for e in out.events]


def test_a_place_in_the_sentence_beats_the_seat(code_text: Any) -> None:
    out = code_text(STORY + "The UN Security Council held an emergency meeting in Geneva "
                    "on Friday at the request of Norway.")
    places = _places(out, "CONSULT")
    assert "CHE" in places and "USA" not in places, places


def test_a_regional_council_sits_at_its_own_seat() -> None:
    council = Actor(text="the African Union's Peace and Security Council", role="IGO")
    assert body_seat(council) == "Addis Ababa"


def test_a_states_own_security_council_is_no_world_body() -> None:
    council = Actor(text="Russia's Security Council", country="RUS", role="GOV")
    assert body_seat(council) is None


def test_a_bodys_summit_has_no_seat() -> None:
    summit = Actor(text="NATO leaders", role="IGO")
    assert body_seat(summit) is None


def test_without_a_seated_body_a_meeting_stays_at_the_dateline() -> None:
    loc = event_location(None, "CONSULT", Actor(text="Norway", country="NOR", role="GOV"),
                         Actor(text="Chile", country="CHL", role="GOV"), "Lima")
    assert loc is not None and loc.country == "PER"
