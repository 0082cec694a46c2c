"""Police charging a crowd: "riot police charged protesters", "officers fired tear gas and
charged with batons" is force used on the crowd (PLOVER ASSAULT), not the criminal charge
the verb's lexicon sense reads (ACCUSE). "charged the protesters with rioting" names an
offence after "with" and stays an accusation, as does a charge by prosecutors or a court,
one "over"/"for" something, and one of people counted out ("charged five
demonstrators"). ``pipeline.triggers`` asks this before its
lexicon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import judicial
from pipeline.answered_arms import with_objects
from pipeline.syntax import subject
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_crowds import CROWDS
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

CROWD_CHARGE = Sense("ASSAULT", None, "charge crowd")


#: Counts of people one charges with an offence, not a crowd one rushes.
FEW = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve", "dozen", "several", "a", "both"})


def _few(num: Token) -> bool:
    """Whether a count is a handful (under 50: "five", "12"), not a crowd ("3,000")."""
    text = num.lower_.replace(",", "")
    return text in FEW or (text.isdigit() and int(text) < 50)


def crowd_charge(tok: Token) -> bool:
    """The verb "charge" with a crowd as its object, or with only arms after "with"."""
    if lemma_of(tok) != "charge" or tok.pos_ != "VERB" or any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    withs = with_objects(tok)
    if any(lemma_of(p) not in word_class("charging_arms") for p in withs):
        return False  # "charged them with rioting": an offence
    who = subject(tok)[0]
    if (who is not None and judicial(who)) or any(
            c.dep_ == "prep" and c.lower_ in ("over", "for") for c in tok.children):
        return False  # "prosecutors charged the rioters", "charged them over the riot"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not withs and any(c.dep_ == "nummod" and _few(c) for o in objs for c in o.children):
        # "charged five demonstrators": a handful counted out are charged with an
        # offence; "charged some 3,000 protesters (with batons)" rushes a crowd
        return False
    return any(lemma_of(o) in CROWDS for o in objs) or (not objs and bool(withs))
