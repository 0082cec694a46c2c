"""A group of people is the people it is of.

"A small group of lawmakers", "came out to meet a group of demonstrators", "a group of
Russian citizens": the collective noun only counts the people its "of" phrase names, so
the actor is theirs. Read as its own word, "group" is an armed group (a rebel role) and
takes a country of the story's choosing rather than the people's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Collective nouns of people ("group", "handful").
COLLECTIVES = word_class("collective_heads")


def collective_whole(tok: Token) -> Token | None:
    """The plural common noun a collective noun is "of" ("a group of demonstrators"), or
    None (not a named body: "the Group of Seven", "the Group of 77")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in COLLECTIVES:
        return None
    whole = next(iter(of_objects(tok)), None)
    if whole is None or whole.pos_ != "NOUN" or whole.tag_ != "NNS":
        return None
    return whole
