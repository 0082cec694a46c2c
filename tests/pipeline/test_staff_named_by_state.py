""""Personnel" is an actor when its phrase names its state ("Seven Indian security
personnel were killed"): that state's forces. Bare, it names nobody. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import typed_pairs

STORY = ("India, Pakistan trade blame over raid.\n\n"
         "India and Pakistan put off planned talks on Thursday after the raid. ")


def test_state_named_personnel_killed_are_that_state_victims(code_text: Any) -> None:
    out = code_text(STORY + "Five Indian security personnel were killed in the raid, "
                            "the Indian army said.")
    assert any(t == "IND" for _, t in typed_pairs(out, "ASSAULT"))


def test_state_named_police_personnel_wounded(code_text: Any) -> None:
    out = code_text(STORY + "Three Indian police personnel were wounded on Friday.")
    assert any(t == "IND" for _, t in typed_pairs(out, "ASSAULT"))


def test_guard_bare_personnel_name_no_one(code_text: Any) -> None:
    # guard: "personnel" with no state named is nobody's: no victims, no event
    out = code_text(STORY + "Aid agencies said five personnel were wounded.")
    assert not typed_pairs(out, "ASSAULT")


def test_state_named_personnel_are_no_forces_unless_a_word_says_so(code_text: Any) -> None:
    # (review) "medical personnel" are that state's people, not its military
    out = code_text("Russian medical personnel were killed in an Israeli strike in Gaza.")
    victims = [e.target for e in out.events if e.type == "ASSAULT"]
    assert victims and all(t is not None and t.country == "RUS" and t.role != "MIL"
                           for t in victims), out.events
