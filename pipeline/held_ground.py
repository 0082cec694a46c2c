"""The held ground a story is about: a territory or region one country holds,
administers or claims (pipeline/data/territories.toml) where force that country's police
or troops use is located ("... unrest in New Caledonia. Three Kanak men and two gendarmes
were killed": in New Caledonia, not in France). Asked by ``event_places.event_location``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.actor_lexicon import place_country
from pipeline.doc_views import doc_ents, doc_text
from schemas import Location

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Acts of force whose ground is a held territory the story is about, when the actor's
#: country holds it (police or troops act where they are deployed, not at home).
ON_HELD_GROUND = frozenset({"ASSAULT", "COERCE"})


@cache
def _territories() -> dict[str, Any]:
    """pipeline/data/territories.toml, read once."""
    return tomllib.loads((Path(__file__).parent / "data" / "territories.toml")
                         .read_text(encoding="utf-8"))


@cache
def _held_by() -> dict[str, str]:
    """Territory -> the country that holds, administers or claims it."""
    return {str(k): str(v) for k, v in _territories().get("held_by", {}).items()}


def held_territory(country: str) -> bool:
    """Whether ``country`` is a territory another country holds, administers or claims
    ("PSE", "XKX"): a place a story is often about rather than a state acting."""
    return country in _held_by()


@cache
def _regions_held() -> dict[str, tuple[str, str]]:
    """Region name -> (its country, the country whose side holds it)."""
    return {str(k): (str(v[0]), str(v[1]))
            for k, v in _territories().get("regions_held", {}).items()}


def held_ground(sent: Span, country: str, other: str | None = None) -> Location | None:
    """The territory or region held by ``country`` that the story names last, up to and
    in ``sent`` ("... unrest in New Caledonia. Three Kanak men and two gendarmes were
    killed"; "... offensive in Nagorno-Karabakh. Azerbaijan pounded Armenian positions").
    A region counts only when ``other``, the event's other party, is the country it
    belongs to: the fight over it is there, a beating in the holder's capital is not."""
    held = {t for t, holder in _held_by().items() if holder == country}
    found: tuple[int, Location] | None = None
    for ent in doc_ents(sent.doc):
        if ent.start >= sent.end:
            break
        if held and ent.label_ in ("GPE", "LOC") and (code := place_country(ent.text)) in held:
            found = (ent.start_char, Location(text=ent.text, country=code))
    # a region's name is matched in the text: NER tags "Karabakh" a GPE, an ORG or part
    # of a NORP ("Karabakh Armenians") from one mention to the next
    story = doc_text(sent.doc)[:sent.end_char]
    for name, (of, holder) in _regions_held().items():
        at = story.rfind(name) if holder == country and other == of else -1
        if at >= 0 and (found is None or at > found[0]):
            found = (at, Location(text=name, country=of))
    return found[1] if found else None
