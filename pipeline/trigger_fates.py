"""Warnings told as the other side's fate: "Russia would answer for the attack", "Saudi
rulers would face divine revenge", "they will have to pay a heavy price", "we will make
you pay", "the enemy will receive a worthy response".
The clause's subject is whom the warning is aimed at, so the sense is a spoken
one: the speaker threatens (PLOVER THREATEN) and the subject is the target ("the attack
would not go unanswered": the act's doer). Also the warnings a party states of its own
retaliation without a forceful adverb: "Israel would exact a price from Iran", "Moscow
would respond", "Beijing will retaliate", "will give a strong response", "the response
would be harsh"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import FUTURE_MODALS, has_future_modal
from pipeline.syntax import climbed_subject, has_neg
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A fate foretold for the subject: the speaker's warning aimed at it (a spoken sense:
#: ``pipeline.event_filters.SPOKEN_SENSES``).
WARNED_FATE = Sense("THREATEN", None, "warned fate")
#: A party's own retaliation foretold: its subject is the source.
OWN_RETALIATION = Sense("THREATEN", None, "retaliation")

#: What a party is told it will face or suffer.
FATES = word_class("fates")
#: What a party says it will exact from another.
EXACTED = frozenset({"price", "revenge", "vengeance", "retribution", "toll"})
#: Subjects that name the speaker's own side: its own fate is no warning.
OWN = frozenset({"i", "we", "who", "which", "that", "it"})
#: Verbs a party's own answer is told by ("Moscow would respond").
ANSWERS = frozenset({"respond", "retaliate"})

#: How hard a foretold answer will be ("the response would be harsh"; not "welcome").
FIERCE = word_class("fierce_answers")
#: Verbs a party's own measured answer is handed out by ("will give a strong response").
GIVING = frozenset({"give", "deliver"})

#: Every verb ``fate_sense`` can type.
FATE_VERBS = frozenset({"pay", "face", "suffer", "answer", "receive", "exact", "be",
                        "go"}) | ANSWERS | GIVING


def _future(tok: Token) -> bool:
    """"would pay", "will have to pay", "will make you pay", "will hunt you down and make
    you pay": the verb is foretold by a "will" on it or on the verb it depends on."""
    if has_future_modal(tok):
        return True
    head = tok.head
    if tok.dep_ in ("xcomp", "ccomp") and lemma_of(head) in ("have", "make"):
        return has_future_modal(head) or (head.dep_ == "conj" and has_future_modal(head.head))
    return False


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "obj")]


def _subject(tok: Token) -> Token | None:
    """The subject of the verb, or of "have"/"make" it hangs on ("you" in "make you pay")."""
    return climbed_subject(tok, deps=frozenset({"nsubj", "nsubjpass"}),
                           links=frozenset({"xcomp", "ccomp"}), onto="have")


def _qualified(obj: Token) -> bool:
    """An answer told with an adjective or an owner ("a worthy response", "its just
    punishment"): a fate measured out, not any reply."""
    return any(c.dep_ in ("amod", "poss") for c in obj.children)


def fate_sense(tok: Token) -> Sense | None:
    """The warning a foretold fate or a foretold retaliation states, or None."""
    # asked of every token: only the verbs below can be a fate, checked before the
    # searches of the verb's children for a negation and a "will"
    if tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in FATE_VERBS:
        return None
    if lemma_of(tok) == "go":
        # "said the crime would not go unanswered": the act named will be answered, so
        # whoever did it is warned (the subject is the act, its doer the target)
        return WARNED_FATE if has_neg(tok) and _future(tok) and any(
            c.dep_ == "acomp" and c.lower_ == "unanswered" for c in tok.children) else None
    if has_neg(tok) or not _future(tok):
        return None
    lemma = lemma_of(tok)
    if lemma == "be":
        # "said the response would be harsh": one's own answer measured out is a warning
        subj = _subject(tok)
        return OWN_RETALIATION if subj is not None and lemma_of(subj) in FATES and any(
            c.dep_ == "acomp" and c.lower_ in FIERCE for c in tok.children) else None
    if lemma in GIVING:
        # "will give a strong response", "would deliver a crushing response" (given, not
        # "would be given exemplary punishment": a fate the subject gets)
        return OWN_RETALIATION if not any(c.dep_ == "nsubjpass" for c in tok.children) and \
            any(lemma_of(o) in FATES and _qualified(o) for o in _objects(tok)) else None
    made = tok.dep_ in ("xcomp", "ccomp") and lemma_of(tok.head) == "make"
    if lemma in ("pay", "face", "suffer", "answer", "receive"):
        subj = _subject(tok)
        if not made and (subj is None or subj.lower_ in OWN):
            return None
        if lemma == "pay" and (made or any(lemma_of(o) == "price" for o in _objects(tok))
                               or any(c.lower_ == "dearly" for c in tok.children)):
            return WARNED_FATE
        if lemma in ("face", "suffer") and any(lemma_of(o) in FATES for o in _objects(tok)):
            return WARNED_FATE
        if lemma == "receive" and any(lemma_of(o) in FATES and _qualified(o)
                                      for o in _objects(tok)):
            # "the enemy will receive a worthy response", "its just punishment" (not
            # "will receive a response from the ministry": an answer to a letter)
            return WARNED_FATE
        if lemma == "answer" and any(c.dep_ == "prep" and c.lower_ == "for"
                                     for c in tok.children):
            return WARNED_FATE
        return None
    if lemma == "exact" and any(lemma_of(o) in EXACTED for o in _objects(tok)):
        return OWN_RETALIATION
    if lemma in ANSWERS and not _objects(tok) and not any(
            c.dep_ in ("prep", "ccomp", "xcomp", "advcl") or (
                c.dep_ == "aux" and c.lower_ not in FUTURE_MODALS) for c in tok.children):
        # "Moscow would respond", bare: answering what was just done to it (not a
        # reply to something named, nor one told on a condition: "should the army
        # attack, the rebels would respond", whose "should" may hang on "respond")
        return OWN_RETALIATION
    return None
