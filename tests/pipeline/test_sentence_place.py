"""The place in an event's own sentence: conjoined places count, titles do not."""

from __future__ import annotations

from typing import Any


def _places(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.text for e in out.events if e.type == event_type}


def test_a_place_conjoined_to_an_unknown_one_is_the_place(code_text: Any) -> None:
    # The gazetteer has cities, not valleys: the second conjunct still names the place.
    out = code_text("Turkish jets struck targets in the Qandil mountains and northern Dohuk.")
    assert _places(out, "ASSAULT") == {"Dohuk"}


def test_a_nationality_in_a_title_is_not_where_a_meeting_happens(code_text: Any) -> None:
    out = code_text("Erdogan will meet U.S. Secretary of State Antony Blinken in Ankara on "
                    "Friday.")
    assert _places(out, "CONSULT") == {"Ankara"}


def test_a_visited_capital_is_still_the_place(code_text: Any) -> None:
    out = code_text("The Turkish foreign minister visited Baghdad on Monday.")
    assert _places(out, "CONSULT") == {"Baghdad"}
