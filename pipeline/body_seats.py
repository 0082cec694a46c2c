"""Where a world body's standing organ meets when the sentence names no place: at its
seat ("the UN Security Council was due to hold an emergency meeting" is in New York),
not at the story's dateline or in a requesting member's country."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.story_venue import places_data

if TYPE_CHECKING:
    from schemas import Actor


@cache
def _seats() -> tuple[tuple[str, str], ...]:
    """pipeline/data/places.toml's organ names and their seats, longest name first (so
    "peace and security council" is tried before "security council")."""
    table = places_data().get("seats", {})
    return tuple(sorted(((str(k).lower(), str(v)) for k, v in table.items()),
                        key=lambda kv: -len(kv[0])))


@cache
def seat_cities() -> frozenset[str]:
    """The cities world bodies' organs sit in (lower case), from the same table."""
    return frozenset(seat.lower() for _, seat in _seats())


def body_seat(*actors: Actor | None) -> str | None:
    """The seat of the first world body (role IGO) among ``actors`` whose text names a
    seated organ; None when no party is one."""
    for actor in actors:
        if actor is None or actor.role != "IGO":
            continue  # "a meeting of his Security Council": a state's organ meets at home
        text = actor.text.lower()
        for organ, seat in _seats():
            if organ in text:
                return seat
    return None
