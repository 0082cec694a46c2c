"""A count of a nation's people is a mass the verb's table may type by its size.

"Pakistan began expelling hundreds of Afghans", "expelled thousands of Ethiopian
migrants": a state driving out a counted mass of another nation's people deports them
(PLOVER COERCE), and the expel table says so on the count ("hundred", "thousand"), while
what is counted ("Afghans") would read as the expulsion of diplomats (SANCTION). Only a
count of people named by their nation: a party expelling "hundreds of members" or a
senate "hundreds of officials" is no deportation, and a volley or a vessel is typed by
what its "of" names ("a barrage of insults", "a ship of pilgrims"), never by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.trigger_lexicon import lemma_of, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["counted_nationals"]

#: Round counts of people ("dozens of", "hundreds of thousands of").
PEOPLE_COUNTS = word_class("people_counts")


def _nation_named(people: Token) -> bool:
    # "Afghans", "Ethiopian migrants": the noun or a word on it names a country
    return names_country(people.text) is not None or any(
        m.dep_ in ("amod", "compound") and names_country(m.text) is not None
        for m in people.children)


def counted_nationals(verb: Token) -> Token | None:
    """The outermost count the verb's object is, when the count ends in a nation's people
    ("expelling hundreds of thousands of Afghans": "hundreds"); else None."""
    count = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                  and lemma_of(c) in PEOPLE_COUNTS), None)
    inner = count
    while inner is not None and lemma_of(inner) in PEOPLE_COUNTS:
        inner = next(iter(of_objects(inner)), None)
    return count if inner is not None and _nation_named(inner) else None
