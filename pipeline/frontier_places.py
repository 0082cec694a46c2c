"""A neighbour named on a frontier is not where a doer guarding it acts.

"China sends jets to Myanmar border", "Lithuania turns back migrants at the Belarus
border", "deployed soldiers along the Croatian border": the country named on the border
(or crossing) is the one across it; the troops, the guards and the fence stay on the
doer's side, so that name does not place the act. Force across the line ("shelled
villages across the Afghan border") is left to the target rules."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.story_venue import places_data

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["across_frontier"]


@cache
def _frontier_nouns() -> frozenset[str]:
    """pipeline/data/places.toml's nouns of a frontier ("border", "crossing")."""
    return frozenset(places_data().get("frontier", {}).get("nouns", []))


def across_frontier(ent: Span, code: str, source: str | None) -> bool:
    """Whether place ``ent`` (of country ``code``) only names the frontier of another
    country than the doer's (``source``): "to the Myanmar border" for China's jets."""
    root = ent.root
    return source is not None and code != source and \
        root.dep_ in ("compound", "amod", "nmod") and \
        root.head.lemma_.lower() in _frontier_nouns()
