"""Fits of the body named with an attack noun: "died of a heart attack", "suffered an
asthma attack", "a panic attack". The noun "attack" is violence only when someone
attacks; a modifier naming an organ or an ailment makes it an illness, no event and no
violent cause of a death (``pipeline.noun_senses``, ``pipeline.fatalities``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns a fit of the body is named by ("a heart attack", "an epileptic seizure").
FIT_NOUNS = frozenset({"attack"})
#: Organs and ailments whose "attack" is an illness ("heart", "asthma", "panic").
AILMENTS = word_class("ailments")


def bodily_fit(tok: Token) -> bool:
    """"a heart attack", "an asthma attack", "a fatal heart attack": the noun's compound
    or adjective names an organ or an ailment."""
    return lemma_of(tok) in FIT_NOUNS and any(
        c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in AILMENTS
        for c in tok.children)
