"""A breach of a rule told by another party: "Oslo said Russian jets had violated its
airspace", "the bloc said Minsk had flouted aviation rules", "said the troops had
breached the truce".

To violate is to do wrong by the word itself: told by someone, the breach is the teller's
allegation against the violator (PLOVER ACCUSE), as an act told as done illegally is
(``trigger_statements.ALLEGING_ADVERBS``); only an untold breach is the act itself ("jets
violated Norwegian airspace"). A breach denied ("was not violating"), one only feared ("would
violate the constitution") or a teller's own ("said it had not breached") accuses no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import speech_context
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Modals that make a breach a possibility, not a charge ("would violate the law").
POSSIBLE = frozenset({"would", "could", "may", "might", "will", "can", "should", "must"})


def told_breach(verb: Token, own_doer: bool) -> bool:
    """A verb of breaching in a clause someone tells ("said X had violated Y"), stated as
    done, by someone other than the teller (``own_doer``: "its troops", "we")."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in word_class("breaching") or own_doer:
        return False
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in POSSIBLE)
           for c in verb.children):
        return False
    return verb.dep_ in ("ccomp", "conj") and speech_context(verb) is not None
