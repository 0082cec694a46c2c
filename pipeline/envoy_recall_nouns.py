""""The foreign ministry announced the recall of its ambassador": a recall told as a noun.

The verb ("recalled its ambassador") is a recall (PLOVER SANCTION: relations with the
host state are reduced) through ``recalled_envoys``; the same act named by its noun,
with the envoy after "of" ("the recall of ambassador X", "the withdrawal of its envoy"),
was no trigger at all, or a troop pull-out. Without a diplomat after "of" the noun is
left to the lexicon ("a product recall", "the withdrawal of troops").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.wire_constructions import DIPLOMATS
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of bringing an envoy home (word class).
RECALL_NOUNS = word_class("envoy_recall_nouns")


def _diplomat(tok: Token) -> bool:
    """"ambassador", "its envoys", "ambassador Christian Masset" (the title before the
    name)."""
    return lemma_of(tok) in DIPLOMATS or any(
        c.dep_ == "compound" and lemma_of(c) in DIPLOMATS for c in tok.children)


def envoy_recall_noun(tok: Token) -> bool:
    """Whether ``tok`` is a recall noun whose "of" object is a diplomat."""
    if tok.pos_ != "NOUN" or lemma_of(tok) not in RECALL_NOUNS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and _diplomat(o) for o in p.children) for p in tok.children)
