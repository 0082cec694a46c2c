"""The forum of a complaint is not its target: "Quito brought a complaint to the trade
body", "Lima will file a grievance with the Security Council", "the neighbours took
their quarrel before the world court". A world body or court named where a charge is
brought hears it; the accusation is aimed at the party it is brought against ("a case
against Ecuador"), else at whoever the story implies (``pipeline.implied_recipients``
fills that in once the forum is dropped). Read on the tuning set: the recipient search
took the first prepositional object, the forum, and coded ACCUSE X->IGO where the gold
has the other state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.implied_parties import party_codes

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Prepositions that name where a charge is brought ("at the tribunal", "with the
#: council", "before the court", "to the UN").
FORUM_PREPS = frozenset({"at", "with", "before", "to"})
#: Recipients that can be a forum: world bodies (courts, councils, trade bodies).
FORUM_ROLES = frozenset({"IGO"})


def _forum_objects(trig: Trigger) -> list[Token]:
    """The objects of the forum prepositions on the trigger, on its light verb and on the
    complaint noun the verb takes ("submit a grievance with X", "brought a case at X")."""
    tok = trig.token
    hosts = [tok, *(t for t in tok.children if t.dep_ in ("dobj", "obj"))]
    if trig.light is not None:
        hosts.append(trig.light)
    return [p for h in hosts for c in h.children
            if c.dep_ == "prep" and c.lower_ in FORUM_PREPS
            for p in c.children if p.dep_ == "pobj"]


def forum_dropped(finder: ArgumentFinder, trig: Trigger, event_type: str,
                  targets: list[Actor]) -> list[Actor]:
    """``targets`` without the world body an accusation is brought before (the forum),
    when that body is no more than the place the charge is filed."""
    if event_type != "ACCUSE" or not targets:
        return targets
    forums = {a.country or a.role for p in _forum_objects(trig)
              for a in finder.resolver.resolve(p) if a.role in FORUM_ROLES}
    if not forums:
        return targets
    return [t for t in targets if t.role not in FORUM_ROLES or
            not party_codes([t]) <= forums]
