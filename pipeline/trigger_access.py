"""Permissions that grant passage.

"was allowed to leave Canada", "allowed Haitian police to enter the compound", "let
them stay 75 minutes": a permission whose content is someone passing is access granted,
an implemented concession (PLOVER RETREAT: access). A permission still to come ("would
allow the crew to leave") is only declared and stays a CONCEDE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import MODALS, WONT
from pipeline.trigger_lexicon import cooperation_words, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of permitting.
PERMITTING = frozenset({"allow", "let", "permit"})
#: Auxiliaries that put the permission in the future or in a hypothesis.
NOT_YET = MODALS | {WONT}


def granted_passage(tok: Token) -> bool:
    """Whether ``tok`` (a verb of permitting) lets someone pass, as a done act."""
    if lemma_of(tok) not in PERMITTING:
        return False
    # "would reset his term limits and allow him to stay": a conjunct shares its modal
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    if any(c.dep_ == "aux" and c.lower_ in NOT_YET for h in heads for c in h.children):
        return False
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                   for c in tok.children):
        return False  # "agreed to allow them to leave": the agreement's content
    passing = cooperation_words()["passage_verbs"]
    # "allowed the FBI to remain a part of it": a copula keeps a state, passes nowhere
    return any(c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in passing and not any(
        g.dep_ in ("attr", "acomp", "oprd") for g in c.children) for c in tok.children)
