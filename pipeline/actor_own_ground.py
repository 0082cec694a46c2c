"""Rebels who take towns take them from their own state.

"The M23 seized the towns of Kiwanja and Rutshuru", "the rebels captured the border
town of Bunagana", "the Houthis seized the capital Sanaa": a non-state armed group
taking places names no recipient, and in a two-party story (Congo and Rwanda) the
implied other party was Rwanda, the group's alleged backer. News and coders take
ground captured by rebels as taken from the state it belongs to: the group's own
country. A place the clause locates in another country ("fired missiles at Jazan",
"seized a town in Kenya") keeps the usual reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import place_country
from pipeline.doc_views import span_ents
from pipeline.syntax import objects
from pipeline.trigger_force import OCCUPATION

if TYPE_CHECKING:
    from pipeline.triggers import Trigger
    from schemas import Actor

#: The trigger mode of taking a place by force.
OCCUPY = OCCUPATION.mode
#: Roles of non-state armed groups.
ARMED_GROUPS = frozenset({"REB"})


def _placed_countries(trig: Trigger) -> set[str]:
    """Countries of the named places in the taken object's phrase."""
    found: set[str] = set()
    for obj in objects(trig.token):
        for t in obj.subtree:
            if t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B":
                ent = next((e for e in span_ents(t.sent) if e.start == t.i), None)
                code = place_country(ent.text) if ent is not None else None
                if code:
                    found.add(code)
    return found


def takes_own_ground(trig: Trigger, event_type: str, sources: list[Actor],
                     targets: list[Actor]) -> bool:
    """Whether an armed group takes places of its own country, naming nobody it takes
    them from (so the recipient is the group's own state)."""
    if event_type != "ASSAULT" or trig.sense.mode != OCCUPY or targets or \
            len(sources) != 1 or sources[0].role not in ARMED_GROUPS or \
            not sources[0].country:
        return False
    return _placed_countries(trig) <= {sources[0].country}
