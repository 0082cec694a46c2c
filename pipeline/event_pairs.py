"""The actor pairs one trigger's sources and targets make, and which pairs are no event.

``pipeline.extract`` codes one event per (sentence, type, pair): several sources and
targets multiply out, "both sides" face each other, and a relation between two parties
that stays within one country is dropped unless it is a deal between a state and its
opponents or public.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.event_filters import crossing_own_border
from pipeline.plover import SYMMETRIC
from schemas import Actor

if TYPE_CHECKING:
    from pipeline.triggers import Trigger

__all__ = ["INTERNATIONAL", "actor_pairs", "domestic_exchange"]

#: Types that are relations between two parties: a meeting, promise, concession,
#: deployment, joint work or aid within one country is not coded as a dyad of that
#: country with itself (unlike arrests, attacks, protests, accusations or refusals).
#: (MOBILIZE is not among them: "soldiers patrolled the streets" of their own country is
#: a mobilisation against it.)
INTERNATIONAL = frozenset({"CONSULT", "AGREE", "CONCEDE", "COOPERATE", "AID"})
#: Deals, concessions and talks a state has with its own armed or political opponents
#: (or, below, its public).
DOMESTIC_DEALS = frozenset({"AGREE", "CONCEDE", "CONSULT"})
STATE_SIDES = frozenset({"GOV", "MIL"})
NON_STATE_SIDES = frozenset({"REB", "OPP", "POL"})
#: The public a state concedes or promises something to ("apologised to the victims'
#: families", "I apologise to the Iraqi people"): a dyad PLOVER codes too.
PUBLIC_SIDES = frozenset({"CVL", "REF"})
def _sides_of_a_conflict(event_type: str, src: Actor, tgt: Actor) -> bool:
    """A state and a non-state side of the same country ("the government and the rebels
    agreed a truce", "the army declared a ceasefire with the insurgents", "the government
    held talks with the opposition"), or a state and its public ("apologised to the
    victims' families"): their deals, concessions and talks (DOMESTIC_DEALS) are dyads
    PLOVER codes, unlike an official talking to a colleague. A side of a civil war whose
    other side is only implied ("Yemen's warring parties agree a ceasefire") counts too."""
    roles = {src.role, tgt.role}
    if event_type in DOMESTIC_DEALS and bool(roles & (STATE_SIDES | NON_STATE_SIDES)) and \
            not tgt.text:
        # "Yemen's warring parties agree a ceasefire": the other side is implied by the
        # story (a civil war's two sides), not named as a colleague of the same state
        return True
    return event_type in DOMESTIC_DEALS and bool(roles & STATE_SIDES) and bool(
        roles & (NON_STATE_SIDES | PUBLIC_SIDES))


def domestic_exchange(trig: Trigger, event_type: str, src: Actor | None,
                      tgt: Actor | None) -> bool:
    """A relation between two parties (INTERNATIONAL, or a border crossing) that stays
    within one country and is no deal between its state and its opponents or public."""
    return (event_type in INTERNATIONAL or crossing_own_border(trig)) and \
        src is not None and tgt is not None and src.country is not None and \
        src.country == tgt.country and not _sides_of_a_conflict(event_type, src, tgt)


def actor_pairs(event_type: str, sources: list[Actor], targets: list[Actor],
                unaimed: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """The (source, target) pairs of one trigger's coding, one event each."""
    if unaimed:
        # outsiders each acting with nobody implied ("Egypt, Bahrain and Oman welcomed
        # the agreement"): one event each, not towards one another
        return [(s, None) for s in sources]
    if event_type in SYMMETRIC and len(sources) >= 2 and not targets:
        return [(sources[0], sources[1])]
    if len(sources) >= 2 and not targets:
        # "both sides extended the ceasefire": each towards the other
        return [(s, next(o for o in sources if o != s)) for s in sources]
    srcs: list[Actor | None] = list(sources) or [None]
    tgts: list[Actor | None] = list(targets) or [None]
    out = []
    for s in srcs:
        for t in tgts:
            if s is not None and t is not None and s == t and len(tgts) > 1:
                continue
            out.append((s, t))
    return out
