"""Meeting a standard or a demand is no meeting: "had not met international standards" is
the finder's disapproval (PLOVER ACCUSE), "met the demands" no event; terms or commitments
kept ("struggled to meet the terms of the loan") are no event either way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pipeline.statement_senses import EVALUATION
from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import Sense, cooperation_words, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def measured_up(tok: Token) -> Sense | Literal[False] | None:
    """"Meet" a standard or a demand: no meeting. False when the object is no
    requirement (an ordinary "meet"); else the finding "had not met international
    standards" (disapproval, ACCUSE) or None when it was met."""
    if lemma_of(tok) != "meet":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is not None and lemma_of(obj) in cooperation_words()["kept_terms"]:
        return None  # "struggled to meet the terms of the loan": kept to, or not
    if obj is None or lemma_of(obj) not in cooperation_words()["requirements"]:
        return False
    # "could not meet the deadline", "will not meet its targets": an inability or a
    # forecast, no finding against anyone
    unable = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    return EVALUATION if has_neg(tok) and not unable else None
