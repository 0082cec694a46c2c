"""Premises belong to the body the "of" phrase names, not to the place they stand in.

"Police raided the Tunis bureau of Qatar-based broadcaster Al Jazeera", "troops stormed
the Kabul offices of a British charity": the compound names where the premises are, the
"of" object whose they are. A raid, closure or attack on them is aimed at their owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.implied_parties import party_codes, weak
from pipeline.syntax import objects
from pipeline.trigger_lexicon import of_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Nouns for a body's premises.
BODY_PREMISES = frozenset({"bureau", "office", "headquarters", "premises", "studio",
                      "newsroom", "compound", "branch"})


def premises_owner(finder: ArgumentFinder, tok: Token, speaker: Actor | None,
                   sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """``targets``, or the owner of the premises the verb's object names, when that
    owner has a country of its own other than the place's."""
    for o in objects(tok):
        if o.lemma_.lower() not in BODY_PREMISES:
            continue
        owners = [a for p in of_objects(o)
                  for a in finder.actor(p, speaker)
                  if a.country and not weak(a) and a not in sources]
        if owners and party_codes(owners) != party_codes(targets):
            return owners
    return targets
