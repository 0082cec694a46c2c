"""Plural actors that list their members: "several countries, including France and
Germany, condemned ...", "leaders of nations including Pakistan and Indonesia",
"governments such as Chile's and Peru's". The members a list names are the actors, one
each; the plural head alone would resolve to its first member or to the story's focus
country.

A mixin of ``pipeline.actors.ActorResolver``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon, lookup, state_named
from pipeline.trigger_lexicon import of_objects
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Prepositions (as the parser tags them) that open a list of a plural's members.
MEMBER_PREPS = frozenset({"including", "like"})


class InclusionResolver:
    """One actor per state a plural phrase lists as its members."""

    # what the other parts of ActorResolver provide, declared for type checkers only
    if TYPE_CHECKING:
        def entity(self, tok: Token) -> Span | None: ...

    def included_states(self, head: Token) -> list[Actor]:
        """The states listed as members of a plural head or of the plural its "of"
        names ("leaders of nations including X and Y"), in order; empty unless every
        listed item is a state (a list of persons or bodies is left to the head)."""
        if head.tag_ != "NNS":
            return []
        holders = [head, *[p for p in of_objects(head) if p.tag_ == "NNS"]]
        for holder in holders:
            items = [x for c in holder.children
                     if c.dep_ == "prep" and (c.lower_ in MEMBER_PREPS or (
                         c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"))
                     for p in c.children if p.dep_ == "pobj"
                     for x in (p, *[d for d in p.conjuncts if d.i > p.i])]
            codes = [self._state_code(x) for x in items]
            if len(items) > 1 and all(codes):
                # (the head's own role word says who acts: "leaders", "envoys")
                role = lexicon().roles.get(head.lemma_.lower()) or "GOV"
                return [Actor(text=f"{head.text} including {x.text}", name=None,
                              country=code, role=role)
                        for x, code in zip(items, codes, strict=True)]
        return []

    def _state_code(self, tok: Token) -> str | None:
        ent = self.entity(tok)
        return state_named(lookup(ent.text if ent is not None and ent.root == tok
                                  else tok.text))
