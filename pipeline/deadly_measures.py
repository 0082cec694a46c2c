"""Raids that kill: a state's force noun read as violence, not repression.

PLOVER reads a raid as COERCE (arrests and searches: "police carried out six raids") unless
the phrase itself says it killed or struck with weapons: "a deadly raid on his compound",
"a drone raid on the bases", "died in the raid", "a raid that left two people dead" are
ASSAULT. Only the noun's own phrase is read: a killing elsewhere in the sentence ("police
raid offices after troops kill protesters") is another event and leaves the raid a raid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a state's force, COERCE unless their phrase tells of killing or weapons.
MEASURES = word_class("forceful_measures")
#: "deadly", "bloody": modifiers that make the measure a killing one.
DEADLY = word_class("deadly_marks")
#: "kill", "die", "death", "dead": words of a death.
DEATHS = word_class("deaths")
#: "drone", "missile", "air": what strikes from afar ("a drone raid", "air raids").
ARMS = word_class("weapons") | word_class("air_arms")
#: Prepositions that set a death inside the measure ("killed in a raid", "died during").
INSIDE = frozenset({"in", "during"})


def deadly_measure(tok: Token) -> bool:
    """Whether the raid ``tok`` is told as a killing or an armed strike."""
    if lemma_of(tok) not in MEASURES:
        return False
    return _marked(tok) or _death_inside(tok) or _killing_clause(tok)


def _marked(tok: Token) -> bool:
    """"a deadly raid", "a bloody raid", "a drone raid", "air raids"."""
    return any((c.dep_ == "amod" and lemma_of(c) in DEADLY) or
               (c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in ARMS)
               for c in tok.children)


def _death_inside(tok: Token) -> bool:
    """"was killed in a police raid", "died in the raid", "deaths in police raids"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in INSIDE and lemma_of(prep.head) in DEATHS


def _killing_clause(tok: Token) -> bool:
    """"a raid that left two people dead", "a raid in which 11 officers were killed"."""
    return any(c.dep_ == "relcl" and any(lemma_of(w) in DEATHS for w in c.subtree)
               for c in tok.children)
