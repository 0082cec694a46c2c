""""Police captured the cartel leader", "killing four gunmen and capturing two": capturing
people holds them (PLOVER COERCE, an arrest; ASSAULT, an abduction, when non-state armed
men do it: ``trigger_force.armed_seizure``). "capture" also takes a place by force
(``trigger_force.occupying``, ASSAULT) and has everyday senses that take no one ("the
video captured the moment", "captured 40 percent of the vote", "captured the market"):
only a captive who is a person is a capture."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Pronouns of people: "captured him", "they were captured".
PERSONAL = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i"})
#: Entity types of people by name or nationality ("captured Jose Abarca", "two Americans").
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
#: The word classes of people who can be captured.
PEOPLE_CLASSES = ("held_people", "captive_people", "armed_men", "home_forces", "envoys",
                  "followings", "legislators")


@cache
def _people_words() -> frozenset[str]:
    """The words of people, built once (``_person`` runs per child of a joined verb)."""
    return frozenset().union(*(word_class(name) for name in PEOPLE_CLASSES))


@cache
def _recording_doers() -> frozenset[str]:
    """Media and the people who record ("a photographer captured the minister leaving")."""
    return word_class("recording_media") | word_class("recorders")


def _person(tok: Token, *, counted: bool = False) -> bool:
    """A captive that is people: a named person or nationality, a personal pronoun, a noun
    of people (head or coordinated: "the mayor and his wife"), or, with ``counted``, a
    bare count standing for people named before ("capturing two")."""
    words = _people_words()
    for word in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        if word.ent_type_ in PEOPLE_ENTS or word.lower_ in PERSONAL or \
                lemma_of(word) in words or word.lower_ in words:
            return True
        if counted and word.pos_ == "NUM" and not any(c.dep_ == "prep" for c in word.children):
            return True  # "capturing two"; not "two of the towns"
    return False


def _people_taken_beside(verb: Token) -> bool:
    """A verb joined to ``verb`` takes people ("killed 300 rebels and captured 150"): only
    then does a bare count captured stand for people; "the BJP captured 240" is seats."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    return any(c.dep_ in ("dobj", "obj") and _person(c) for v in joined for c in v.children)


def _recorded(verb: Token) -> bool:
    """"was captured on CCTV", "captured on camera", "security cameras captured the
    gunmen": a recording, no one is held."""
    media = word_class("recording_media")
    doers = _recording_doers()
    if any(c.dep_ == "nsubj" and (lemma_of(c) in doers or c.lower_ in doers)
           for c in verb.children):
        return True
    # the medium is the word after "on" or the one after it ("on CCTV", "on security
    # camera"), whatever the parser hangs it on ("on CCTV leaving": read as a subject)
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        lemma_of(p) in media or p.lower_ in media
        for p in c.doc[c.i + 1:min(c.i + 3, c.sent.end)]) for c in verb.children)


def captured_people(verb: Token) -> bool:
    """Whether "capture" takes people: its object, or a passive's subject, and not on
    a recording or by a recorder."""
    counted = _people_taken_beside(verb)
    return not _recorded(verb) and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and _person(c, counted=counted)
        for c in verb.children)
