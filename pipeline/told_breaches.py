"""A breach of a rule told by another party: "Oslo said Russian jets had violated its
airspace", "the bloc said Minsk had flouted aviation rules", "said the troops had
breached the truce".

To violate is to do wrong by the word itself: told by someone, the breach is the teller's
allegation against the violator (PLOVER ACCUSE), as an act told as done illegally is
(``trigger_statements.ALLEGING_ADVERBS``); only an untold breach is the act itself ("jets
violated Norwegian airspace"). A breach denied ("was not violating"), one only feared ("would
violate the constitution"), a teller's own ("said it had not breached"; "Norway said
Norwegian boats had violated", which ``pipeline.extract`` re-reads by the verb's own
sense), one nobody tells ("did not say that X had violated") or one done by an act or a
measure, not a party ("said the new sanctions violated international law") accuses no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon as actor_lexicon
from pipeline.syntax import has_neg, speech_context
from pipeline.trigger_lexicon import lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def _act_noun(subj: Token) -> bool:
    """A subject that names an act or a measure, not a party ("the new sanctions", "the
    strike on Odesa"): a noun of the event lexicon that is no actor's role ("forces")."""
    lemma, roles = lemma_of(subj), actor_lexicon().roles
    return subj.pos_ == "NOUN" and lemma in lexicon().nouns and \
        lemma not in roles and subj.lower_ not in roles


def told_breach(verb: Token, own_doer: bool) -> bool:
    """A verb of breaching in a clause someone tells ("said X had violated Y"), stated as
    done, by a party other than the teller (``own_doer``: "its troops", "we")."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in word_class("breaching") or own_doer:
        return False
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in word_class("breach_modals"))
           or (c.dep_ in ("nsubj", "nsubjpass") and _act_noun(c)) for c in verb.children):
        return False
    if verb.dep_ not in ("ccomp", "conj"):
        return False
    said = speech_context(verb)
    return said is not None and not has_neg(said) and \
        not _withheld(said)


def _withheld(said: Token) -> bool:
    """"declined to say", "stopped short of saying": the teller held the charge back."""
    head = said.head.head if said.dep_ == "pcomp" and said.head.lower_ == "of" else said.head
    return said.dep_ in ("xcomp", "pcomp") and lemma_of(head) in word_class("withholding")


def violator(verb: Token) -> Token | None:
    """The subject of a told breach: the party it accuses."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
