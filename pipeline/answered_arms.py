"""Answering with arms: what a verb of answering's "with" phrase names is the answer given.

"Pakistan responded with missile strikes" names an act, coded on the act's noun
(``noun_senses.answered_with``). Wire copy as often names only the arms the answer was given
with: "police responded with tear gas", "Hezbollah retaliated with a barrage of rockets on
northern Israel", "the South's military responded with dozens of artillery rounds". That
answer is the firing of those arms, so the verb is typed as firing, launching or using them
would be (the ``fire``, ``launch`` and ``use`` object tables: violence for rockets and
shells, crowd control for tear gas and water cannon). Without this the verb of answering
alone read as a retaliatory SANCTION ("retaliated") or as nothing ("responded").

A quantity or a volley ("a barrage of", "dozens of", "waves of") is looked through to the
arms it counts. Arms answered with are only those the tables list: "responded with a
statement", "hit back with tariffs" are untouched here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of, lexicon, object_phrase, of_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trigger_lexicon import Sense

#: Object tables of verbs that set arms off: answering with the arms does what they do.
ARMS_TABLES = ("fire", "launch", "use")
#: Only the forceful readings of those tables (not "fired the minister").
FORCEFUL = frozenset({"ASSAULT", "COERCE"})
#: How deep "a barrage of dozens of rockets" is looked through.
_DEPTH = 2


def answering_verb(verb: Token) -> bool:
    """A verb of answering ("responded", "retaliated", "hit back")."""
    answering = lexicon().respond_with
    lemma = lemma_of(verb)
    return verb.pos_ == "VERB" and (lemma in answering or any(
        f"{lemma} {c.lower_}" in answering for c in verb.children
        if c.dep_ in ("prt", "advmod")))


def with_objects(verb: Token) -> list[Token]:
    """The nouns of a verb's "with" phrases, coordinated ones too."""
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]
    return objs + [g for o in objs for g in o.conjuncts]


def counted(noun: Token) -> list[Token]:
    """The noun and what its "of" phrases count ("a barrage of rockets and drones")."""
    out, layer = [noun], [noun]
    for _ in range(_DEPTH):
        layer = [p for n in layer for p in of_objects(n)]
        layer += [g for n in layer for g in n.conjuncts]
        out += layer
    return out


def _arms_sense(noun: Token) -> Sense | None:
    objects = lexicon().objects
    # the noun, and its compound modifiers on their own ("155mm artillery rounds")
    for cand in [noun, *[c for c in noun.children if c.dep_ in ("compound", "amod")]]:
        for phrase in object_phrase(cand):
            for verb in ARMS_TABLES:
                sense = objects.get(verb, {}).get(phrase)
                if sense is not None and sense.type in FORCEFUL:
                    return sense
    return None


def answered_arms(verb: Token) -> Sense | None:
    """The firing a verb of answering's "with" phrase names by its arms, or None."""
    if not answering_verb(verb):
        return None
    for obj in with_objects(verb):
        for noun in counted(obj):
            sense = _arms_sense(noun)
            if sense is not None:
                return sense
    return None
