"""Meeting a standard or a demand is no meeting: "had not met international standards" is
the finder's disapproval (PLOVER ACCUSE), "met the demands" no event; terms or commitments
kept ("struggled to meet the terms of the loan") are no event either way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pipeline.reported_instigation import FIRST_PERSON_OR_IT
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
    return EVALUATION if has_neg(tok) and not _unable(tok, obj) else None


def _unable(tok: Token, obj: Token) -> bool:
    """A modal "could not meet" told of a party's own dues ("could not meet the deadline",
    "will not meet Kyiv's demands") or by the party itself ("it cannot meet the standard"):
    an inability, a forecast or a refusal, no finding against anyone. A third party's
    "Hungary cannot meet the conditions" stays the finder's disapproval."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return lemma_of(obj) in cooperation_words()["owed_dues"] or (
        subj is not None and subj.lower_ in FIRST_PERSON_OR_IT)
