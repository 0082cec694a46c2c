""""Police captured the cartel leader", "killing four gunmen and capturing two": capturing
people holds them (PLOVER COERCE, an arrest; ASSAULT, an abduction, when non-state armed
men do it: ``trigger_force.armed_seizure``). "capture" also takes a place by force
(``trigger_force.occupying``, ASSAULT) and has everyday senses that take no one ("the
video captured the moment", "captured 40 percent of the vote", "captured the market"):
only a captive who is a person is a capture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Pronouns of people: "captured him", "they were captured".
PERSONAL = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i"})
#: Entity types of people by name or nationality ("captured Jose Abarca", "two Americans").
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
#: The word classes of people besides ``captive_people``'s.
PEOPLE_CLASSES = ("captive_people", "armed_men", "home_forces", "envoys", "followings",
                  "legislators")


def _people_words() -> frozenset[str]:
    return frozenset().union(*(word_class(name) for name in PEOPLE_CLASSES))


def _person(tok: Token) -> bool:
    """A captive that is people: a named person or nationality, a personal pronoun, a
    bare count standing for people named before ("capturing two"), or a noun of people
    (head or coordinated: "the mayor and his wife")."""
    words = _people_words()
    for word in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        if word.ent_type_ in PEOPLE_ENTS or word.lower_ in PERSONAL or \
                lemma_of(word) in words or word.lower_ in words:
            return True
        if word.pos_ == "NUM" and not any(c.dep_ == "prep" for c in word.children):
            return True  # "capturing two"; not "two of the towns"
    return False


def _recorded(verb: Token) -> bool:
    """"was captured on CCTV", "captured on camera", "security cameras captured the
    gunmen": a recording, no one is held."""
    media = word_class("recording_media")
    if any(c.dep_ == "nsubj" and (lemma_of(c) in media or c.lower_ in media)
           for c in verb.children):
        return True
    # the medium is the word after "on" or the one after it ("on CCTV", "on security
    # camera"), whatever the parser hangs it on ("on CCTV leaving": read as a subject)
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        lemma_of(p) in media or p.lower_ in media
        for p in c.doc[c.i + 1:min(c.i + 3, c.sent.end)]) for c in verb.children)


def captured_people(verb: Token) -> bool:
    """Whether "capture" takes people: its object, or a passive's subject, and not on
    a recording."""
    return not _recorded(verb) and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and _person(c) for c in verb.children)
