"""Cooperation found by a rule: joint activity, acting at another's request, training
another's forces, and handing over (a release, or judicial cooperation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import (
    Sense,
    cooperation_words,
    lemma_of,
    lexicon,
    object_phrase,
    of_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Mutual material cooperation found by a rule rather than a lexicon entry.
JOINT = Sense("COOPERATE", None, "joint activity")
AT_REQUEST = Sense("COOPERATE", None, "at request")
TRAINING = Sense("COOPERATE", None, "training of forces")
TO_JUSTICE = Sense("COOPERATE", None, "hand over to justice")
RELEASE = Sense("RETREAT", "release", "hand over")


def _released(thing: Token) -> bool:
    """Whether a handed-over thing is what a release frees: people, bodies, territory."""
    words = {lemma_of(thing), *[lemma_of(c) for c in thing.children if c.dep_ == "compound"]}
    return thing.ent_type_ == "PERSON" or bool(words & cooperation_words()["released"])


def joint(tok: Token) -> bool:
    """"joint patrols", "their first joint military exercises": a shared activity."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in ("joint", "combined")
               for c in tok.children):
        return False
    heads = cooperation_words()["joint_heads"]
    return lemma_of(tok) in heads or any(
        f"{lemma_of(c)} {lemma_of(tok)}" in heads for c in tok.children if c.dep_ == "compound")


def at_request(tok: Token) -> bool:
    """"took over the airport at the government's request", "at the invitation of"."""
    nouns = cooperation_words()["consent_nouns"]
    return any(c.dep_ == "prep" and c.lower_ in ("at", "upon", "on") and any(
        p.dep_ == "pobj" and lemma_of(p) in nouns for p in c.children) for c in tok.children)


def _to_whom(tok: Token) -> Token | None:
    """The recipient of a handing: "handed over X to the tribunal"."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "prt":  # "handed over to": the preposition may hang on the particle
            got = _to_whom(c)
            if got is not None:
                return got
    return None


def _handed(tok: Token) -> Token | None:
    """What is handed: the object, the passive subject, or the noun a participle modifies
    ("the letter, handed to the minister")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


def handing_sense(tok: Token) -> Sense | None:
    """"handed over 20 prisoners" is a release; "handed Milosevic over to the tribunal"
    is judicial cooperation; "handed power to", "handed a letter to" are neither."""
    recipient = _to_whom(tok)
    thing = _handed(tok)
    if recipient is not None and lemma_of(recipient) in cooperation_words()["justice"]:
        return TO_JUSTICE
    if thing is None:
        return None
    if recipient is None and not any(c.dep_ == "prt" for c in tok.children) and \
            thing.dep_ != "nsubjpass":
        return None  # "a result that handed X a sixth term": X is the recipient
    return RELEASE if _released(thing) else None


def handover_sense(tok: Token, sense: Sense) -> Sense | None:
    """"the handover of Milosevic to the tribunal" is cooperation; "the handover of
    power" is no release."""
    to = _to_whom(tok)
    if to is not None and lemma_of(to) in cooperation_words()["justice"]:
        return TO_JUSTICE
    of = next(iter(of_objects(tok)), None)
    if of is not None and not _released(of):
        return None
    return sense


def training(tok: Token) -> bool:
    """"the training of Iraqi law enforcement": training another's forces."""
    if lemma_of(tok) != "training":
        return False
    table = lexicon().objects.get("train", {})
    return any(phrase in table for p in of_objects(tok) for phrase in object_phrase(p))


#: Prepositions of what came before an act: "agreed ... after two weeks of talks".
BEFOREHAND = frozenset({"after", "following"})
#: Measures of time or number that talks come in ("16 hours of talks", "two rounds of").
TALK_MEASURES = frozenset({"hour", "day", "week", "month", "year", "round", "session"})


def preceding_talks_verb(tok: Token) -> Token | None:
    """The verb a meeting or talks came before ("agreed ... after a tense meeting", "signed
    after more than a week of talks"), whose subject held them; else None."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and \
            cur.head.head.lemma_.lower() in TALK_MEASURES:
        cur = cur.head.head
    if cur.dep_ != "pobj" or cur.head.lower_ not in BEFOREHAND:
        return None
    verb = cur.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
