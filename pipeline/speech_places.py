"""Where a report was made is not where the reported event happened: "told a news
conference in New Delhi that the army had hit launch pads", "said in Brussels that Russian
jets had struck Kharkiv". A place in the clause of a reporting verb that governs the
event's own clause locates the telling only. And the other way round, a place inside
what a speech act is about ("accused officials in Russia of a cover-up", "urged Britain
to stop interfering in Hong Kong", "called on Kenya to abide by it") is no place where
the accusation or the appeal was made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.story_venue import MEETINGS
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


#: How a speech act's verb takes what it is about: its object ("accused officials in
#: Russia"), its reported or demanded clause ("urged Britain to stop interfering in Hong
#: Kong"), and the prepositions of its charge or grievance ("accused Israel of genocide in
#: Gaza", "a protest over the sinking of a boat in the South China Sea").
CONTENT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd"})
CONTENT_PREPS = frozenset({"of", "over", "for", "about", "against", "on"})


def said_about(place: Token, trig: Token) -> bool:
    """Whether ``place`` (a locative phrase's object) belongs to what the speech act of
    ``trig`` is about or is addressed to: its preposition is the trigger's own "on"
    ("called on Kenya"), or hangs below the trigger's object, content or charge. A place
    on the trigger ("said in Geneva", "At a summit in Abuja, the leaders demanded"), on
    its speaker ("ministers meeting in Cairo called on Iraq", "Speaking in New York, Wen
    demanded") or on a meeting ("pulled out of a meeting in Granada") is where it was
    said or meant to be."""
    prep = place.head
    owner = prep.head
    if owner == trig:
        return prep.lower_ == "on"
    if owner.lemma_.lower() in MEETINGS or trig not in owner.ancestors:
        return False
    branch = next(c for c in trig.children if c == owner or c.is_ancestor(owner))
    return branch.dep_ in CONTENT_DEPS or (branch.dep_ == "prep" and
                                           branch.lower_ in CONTENT_PREPS)
