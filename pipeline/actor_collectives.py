"""A group of people is the people it is of.

"A small group of lawmakers", "came out to meet a group of demonstrators", "a group of
Russian citizens": the collective noun only counts the people its "of" phrase names, so
the actor is theirs. Read as its own word, "group" is an armed group (a rebel role) and
takes a country of the story's choosing rather than the people's own. A modifier of the
collective's own kind keeps it ("an armed group of former soldiers" is an armed group,
"a rebel group of ..."); only a size ("a small group of lawmakers") does not.

A part is of its whole in the same way ("part of the crowd", "some of the soldiers",
"forty of the prisoners"), when the part names no actor of its own: ``whole_spoken_for``
reads both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.actor_coordination import PARTITIVES
from pipeline.trigger_lexicon import of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Collective nouns of people ("group", "handful").
COLLECTIVES = word_class("collective_heads")
#: Modifiers that size a collective without naming its kind ("small", "large").
SIZES = word_class("collective_sizes")


def collective_whole(tok: Token) -> Token | None:
    """The plural common noun a collective noun is "of" ("a group of demonstrators"), or
    None (not a named body: "the Group of Seven", "the Group of 77")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in COLLECTIVES:
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ not in SIZES for c in tok.children):
        return None  # "an armed group of ...": a group of its own kind
    whole = next(iter(of_objects(tok)), None)
    if whole is None or whole.pos_ != "NOUN" or whole.tag_ != "NNS":
        return None
    return whole


def whole_spoken_for(tok: Token, own: Callable[[Token], Actor | None]) -> Token | None:
    """The whole a collective ("a group of demonstrators", ``collective_whole``) or a
    part ("part of the crowd", "some of the soldiers", "forty of the prisoners") is "of",
    whose actor the phrase stands for; a part only when ``own`` (the word's own actor)
    names none, while a collective noun's own reading (an armed group) always yields."""
    if (whole := collective_whole(tok)) is not None:
        return whole
    if tok.lemma_.lower() not in PARTITIVES and tok.pos_ != "NUM":
        return None
    whole = next(iter(of_objects(tok)), None)
    return whole if whole is not None and own(tok) is None else None
