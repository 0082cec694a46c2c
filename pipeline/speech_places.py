"""Where a report was made is not where the reported event happened: "told a news
conference in New Delhi that the army had hit launch pads", "said in Brussels that Russian
jets had struck Kharkiv". A place in the clause of a reporting verb that governs the
event's own clause locates the telling only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def told_at(place: Token, where: Token, clause: Token) -> bool:
    """Whether ``place`` (a locative phrase's object in the clause of ``where``) locates
    the telling: it hangs on the reporting verb ``where`` or on its audience ("told a
    news conference in Kabul", "said in Geneva"), and the verb's reported clause holds
    ``clause``, the event's verb. A place on the speaker ("a rebel spokesman in
    Misrata said") still locates the event: speakers tell of what is around them."""
    if where == clause or where.lemma_.lower() not in word_class("reporting"):
        return False
    owner = place.head.head  # what the preposition hangs on
    if owner != where and not (owner.head == where and owner.dep_ in ("dobj", "dative")):
        return False
    cur = clause
    for _ in range(12):  # up the chain of clauses to the reporting verb
        if cur.head == cur:
            return False
        if cur.head == where:
            return cur.dep_ in ("ccomp", "parataxis")
        cur = cur.head
    return False
