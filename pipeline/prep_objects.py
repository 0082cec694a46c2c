"""The objects of a word's prepositional phrases: "arrested in Tehran", "released from
prison", "operations at the refinery". Readers that take a place, a custody or a site
from a given preposition walk the same two steps (the preposition child, then its
``pobj``); this is that walk once."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def prep_objects(tok: Token, words: Collection[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``words`` (lower-case), in order:
    "Tehran" for "arrested in Tehran" with ``{"in", "at"}``."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in words
            for p in c.children if p.dep_ == "pobj"]


def by_objects(tok: Token) -> list[Token]:
    """The "by" objects of ``tok`` ("the decision by Hungary", "announced by Washington",
    where the parser marks the passive's "by" as its agent)."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]
