"""The doer an attack is laid at ("an air strike blamed on Syrian forces", "a strike Iran
blamed on Israel", "a bombing attributed to the group"): the party after "on"/"to" did
the act, not the one who blames; an attack noun that names no doer of its own takes it
when it is the subject of a killing or the attack victims fell in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors
    from schemas import Actor

#: Verbs that lay an act at a party's door with "on"/"to".
LAID_AT = word_class("laid_at")


def blamed_party(finder: ClauseActors, noun: Token, speaker: Actor | None) -> list[Actor]:
    """The actors a relative or participle clause of ``noun`` lays it at, if any."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in LAID_AT:
            continue
        for prep in c.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "to"):
                for p in prep.children:
                    if p.dep_ == "pobj" and (found := finder.actor(p, speaker)):
                        return found
    return []
