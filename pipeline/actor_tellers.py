"""Who tells of an act without an agent is not always who did it.

"Rights groups said more than 200 people had been detained", "aid agencies said water
and electricity had been cut": a passive with no agent, reported by a
non-governmental body, was coded as that body's own arrest or cut. Rights groups, aid
agencies and charities report arrests, sanctions and attacks; they never make them.
The act is the state's (for arrests and sanctions on someone named), or nobody named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas import Actor

#: Acts of force, repression and sanction, which only states and armed groups make.
COERCIVE_ACTS = frozenset({"COERCE", "SANCTION", "ASSAULT"})


def teller_only(speaker: Actor | None, event_type: str, agentless: bool) -> bool:
    """Whether the speaker of an agentless coercive act only reports it."""
    return agentless and speaker is not None and speaker.role == "NGO" and \
        not speaker.country and event_type in COERCIVE_ACTS
