"""Who did a violent act to a party the story already knows, told by another party: "the
ministry said the depot had been hit by a Belarusian drone", "officials said the attack
was carried out by a militia", "said the bridge had been blown up by saboteurs of the
other side".

A passive with its doer named after "by", on a patient the story has named before (a
definite "the depot", "the guards", a name, whose word or name an earlier sentence has),
does not report the act (the story did that) but whose it was: the teller's attribution
is an accusation of the doer (ACCUSE, read by ``pipeline.reported_instigation`` like a
told order). A toll is a report of the act itself ("40 people had been killed by
shelling", "guards had been attacked by a crowd"): a counted or bare patient is news, not
an attribution, and so is a definite patient first named in the telling sentence (a
lede's "said the Burshtyn power plant had been hit by Russian missiles" is coded as the
attack it reports). A denied act ("had not been shelled by X") attributes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.fatalities import counted_side
from pipeline.trigger_lexicon import lemma_of, lexicon
from pipeline.trigger_statements import DEMONSTRATIVES
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Determiners of a patient the story has named before ("the depot", "that plane").
GIVEN = DEMONSTRATIVES | {"the"}


def violent_verb(tok: Token) -> bool:
    """A verb with a violent sense (ASSAULT); also ``pipeline.reported_instigation``'s."""
    return tok.pos_ == "VERB" and any(
        sense.type == "ASSAULT" for _, sense in lexicon().verbs.get(lemma_of(tok), []))


def _harm_noun(tok: Token) -> bool:
    return any(sense.type == "ASSAULT" for _, sense in lexicon().nouns.get(lemma_of(tok), []))


def _named_before(patient: Token) -> bool:
    """The patient's word or its entity's name occurs in an earlier sentence."""
    before = patient.doc[:patient.sent.start]
    if not len(before):
        return False
    lemma = lemma_of(patient)
    if any(lemma_of(t) == lemma for t in before):
        return True
    ent = next((e for e in patient.doc.ents if e.start <= patient.i < e.end), None)
    return ent is not None and ent.text in before.text


def _given(patient: Token) -> bool:
    """"the depot", "its convoy", a name, named in an earlier sentence; not a toll
    ("the 12 soldiers"), a bare plural ("officers") or a thing the telling sentence is
    the first to name ("said the Burshtyn power plant had been hit")."""
    if any(c.dep_ == "nummod" for c in patient.children) or patient.tag_ == "CD" or \
            counted_side(patient):
        return False
    if patient.pos_ != "PROPN" and not any(
            (c.dep_ == "det" and c.lower_ in GIVEN) or c.dep_ == "poss"
            for c in patient.children):
        return False
    return _named_before(patient)


def _doer(agent: Token) -> Token:
    """The doer a "by" phrase names: the act's own doer when it names an act done by
    someone ("by an ambush by rebel fighters"), else itself ("by a Belarusian drone")."""
    return next((p for c in agent.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"), agent)


def _passive_parties(verb: Token) -> tuple[Token, Token] | None:
    """(patient, doer) of a passive with its doer named after "by", else None."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"), None)
    return None if patient is None or agent is None else (patient, _doer(agent))


def perpetrated(verb: Token) -> bool:
    """A verb of perpetration whose subject is the violent act: "the attack was carried
    out by X" (the act is the attribution's content, no event of its own)."""
    parties = _passive_parties(verb)
    return parties is not None and lemma_of(verb) in word_class("perpetrating") and \
        _harm_noun(parties[0]) and _given(parties[0])


def attributed_doer(verb: Token) -> Token | None:
    """The doer named by a passive that attributes a violent act: a violent verb on a
    given patient ("the depot had been hit by X"), or a verb of perpetration on
    a violent act ("the attack was carried out by X"); else None. Whether someone tells
    it is the caller's concern (``pipeline.reported_instigation``, which also drops an
    untold one: "did not say"). A denied act ("had not been hit by X") names no doer."""
    parties = _passive_parties(verb)
    if parties is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    patient, doer = parties
    if (violent_verb(verb) and _given(patient)) or perpetrated(verb):
        return doer
    return None
