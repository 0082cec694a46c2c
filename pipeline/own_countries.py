"""Whether an act's recipients are of the actors' own country: the home checks that tell a
step at home ("the Taliban barred women from parks") or one's own envoys ("said embassy
staff must leave Haiti") from an act on another state, read the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas import Actor


def countries(actors: Iterable[Actor]) -> set[str]:
    """The countries some actors are of; an actor of no known country adds none."""
    return {a.country for a in actors if a.country is not None}


def all_at_home(sources: list[Actor], targets: list[Actor]) -> bool:
    """There are targets and every one is of a country the sources are of."""
    own = countries(sources)
    return bool(own) and bool(targets) and all(a.country in own for a in targets)


def any_at_home(sources: list[Actor], targets: list[Actor]) -> bool:
    """Some target is of a country the sources are of."""
    own = countries(sources)
    return any(a.country in own for a in targets)


def any_abroad(sources: list[Actor], targets: list[Actor]) -> bool:
    """The sources are of a known country and some target is of another known one."""
    own = countries(sources)
    return bool(own) and any(a.country is not None and a.country not in own
                             for a in targets)
