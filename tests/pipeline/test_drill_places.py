"""A military exercise that warns a rival is held at home when its sentence names no
place: the rival is its target, not its ground. A deployment still goes to the target's
ground, and a drill "around" someone is placed by the target rules as before."""

from __future__ import annotations

from typing import Any


def _places(out: Any, mover: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events
            if e.type == "MOBILIZE" and e.source and e.source.country == mover}


def test_joint_exercises_are_not_held_on_the_rivals_ground(code_text: Any) -> None:
    out = code_text("North Korea fired a missile on Sunday. Japan and the United States "
                    "began their largest annual joint military exercises on Monday.")
    assert _places(out, "JPN") == {"JPN"}
    assert _places(out, "USA") == {"USA"}


def test_guard_a_deployment_still_goes_to_the_targets_ground(code_text: Any) -> None:
    # guard: troops sent somewhere are not an exercise
    out = code_text("Pakistan conducted a nuclear test on Sunday. Hours later India sent "
                    "fighter jets to Pakistan, Delhi said.")
    assert _places(out, "IND") == {"PAK"}
