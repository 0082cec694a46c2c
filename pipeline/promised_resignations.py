"""A resignation promised, offered or agreed to is a declared concession (PLOVER CONCEDE:
"declared, not yet implemented"), not an agreement: "Bouteflika would resign before his
term expired", "he was prepared to step down", "Henry agrees to resign", "his offer to
resign". Leaving office is one's own concession to opponents at home, with nothing given
in return; a promised release or withdrawal between parties stays an AGREE. The AGREE a
promise reads as carries the CONCEDE as its alternative (``PROMISED_RESIGNATION``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Alternative
from pipeline.triggers import Trigger, verb_sense

if TYPE_CHECKING:
    from schemas import Actor

RESIGN = "resign"  # the lexicon's mode of leaving office ("resign", "step down", "quit")


def _resignation(tok_sense_type: str | None, mode: str | None) -> bool:
    return tok_sense_type == "RETREAT" and mode == RESIGN


def promised_resignation(trig: Trigger) -> bool:
    """True for a resignation read as a promise ("would resign", "ready to step down") and
    for a promise whose content is a resignation ("agreed to resign", "offer to quit")."""
    if _resignation(trig.sense.type, trig.sense.mode):
        return True
    if trig.sense.type != "AGREE":
        return False
    for act in trig.token.children:
        if act.dep_ in ("xcomp", "acl") and act.pos_ in ("VERB", "AUX"):
            sense = verb_sense(act)[0]
            if sense is not None and _resignation(sense.type, sense.mode):
                return True
    return False


def _resigning(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    return promised_resignation(trig)  # read off the trigger alone, whoever the parties


#: "would resign", "agreed to step down": a concession, no agreement.
PROMISED_RESIGNATION = Alternative("AGREE", "CONCEDE", _resigning)
