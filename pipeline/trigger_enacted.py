"""Approving or signing a measure is enacting it: "Congress approved a 30-day state of
emergency" is the emergency (COERCE), "Putin had signed pardons for the prisoners" the
pardons (CONCEDE). The verb's own SUPPORT sense stays for what is endorsed or agreed
("approved the deal", "signed the declaration"), which is verbal cooperation, not a
measure; an approved gerund ("approved sending troops") is ``pipeline.authorised_acts``'.
The verbs are ``data/triggers.toml`` [enacting].
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of, of_objects, triggers_data

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Measures whose approval or signature is the measure itself.
ENACTED = frozenset({"COERCE", "SANCTION", "CONCEDE", "RETREAT", "AID", "MOBILIZE"})


@cache
def _verbs() -> frozenset[str]:
    return frozenset(triggers_data()["enacting"]["verbs"])


def enacted_measure(tok: Token, noun_sense: Callable[[Token], Sense | None]
                    ) -> Sense | None:
    """The sense of the measure an approving or signing verb enacts, else None."""
    if lemma_of(tok) not in _verbs():
        return None
    for c in tok.children:
        if c.dep_ not in ("dobj", "obj", "nsubjpass") or c.pos_ not in ("NOUN", "PROPN"):
            continue
        # "a state of emergency", "a package of sanctions": the "of" noun is the measure
        sense = noun_sense(c) or next(
            (s for o in of_objects(c) if (s := noun_sense(o))), None)
        if sense is not None and sense.type in ENACTED:
            return sense
    return None
