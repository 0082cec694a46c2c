"""Hyphenated pairs before a noun: "India-Pakistan ceasefire", "Israel-Hezbollah truce".

The parser hangs the first name off the second ("India" a compound of "Pakistan", which
modifies "ceasefire"), so the noun's own modifier is the second party and the story's
counterpart comes out as the recipient: the pair reversed. News names such a pair in
the order of the story's telling, the first-named party first; that is the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Types whose source and recipient are scored in order (symmetric ones are not).
ORDERED = frozenset({"RETREAT", "CONCEDE"})


def hyphen_pair(finder: ArgumentFinder, tok: Token, event_type: str,
                sources: list[Actor], targets: list[Actor]
                ) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) in the pair's own order when a nominal trigger's modifier is
    a hyphenated pair of parties."""
    if event_type not in ORDERED:
        return sources, targets
    for second in tok.children:
        if second.dep_ != "compound" or second.i > tok.i:
            continue
        first = next((c for c in second.children if c.dep_ == "compound" and
                      c.i == second.i - 2 and tok.doc[c.i + 1].text == "-"), None)
        if first is None:
            continue
        a, b = finder.resolver.resolve_one(first), finder.resolver.resolve_one(second)
        if a is None or b is None or (a.country or a.role) == (b.country or b.role):
            continue
        return [a], [b]
    return sources, targets
