"""A military exercise is held at home, not on the ground of the rival it warns.

"allied jets held a bombing drill after the launch", "the two navies began their yearly
joint exercises": the coder gives such a MOBILIZE the rival as target, and a deployment
happens on its target's ground; an exercise with no place in its sentence does not, it is
held where the doer's forces are."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.story_venue import places_data

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["drill_at_home"]

#: Prepositions that place an exercise on someone's ground ("drills around Taiwan").
_AROUND = frozenset({"around", "near", "off", "in", "at", "inside"})


@cache
def _drills() -> frozenset[str]:
    """pipeline/data/places.toml's words of a military exercise ("drill", "exercise")."""
    return frozenset(places_data().get("mobilize", {}).get("drills", []))


def drill_at_home(trig: Token) -> bool:
    """Whether the MOBILIZE act of ``trig`` is an exercise ("held a bombing drill",
    "began joint military exercises"): a show of force to a rival, held at home when
    its sentence names no place (unlike a deployment, which goes to the target)."""
    words = _drills()
    # "drills around Taiwan": the exercise is placed around someone (the target rules)
    return any(t.lemma_.lower() in words and t.pos_ == "NOUN" and not any(
        c.dep_ == "prep" and c.lower_ in _AROUND for c in t.children) for t in trig.subtree)
