"""Permissions no party grants: "allow", "let" and "permit" said of a rule's terms ("the
measures let police ban gatherings") or of a circumstance ("the delay would allow her to
testify", "as soon as the weather allowed") make something possible; only a party that
permits concedes (PLOVER CONCEDE: "China said it would allow the crew to leave")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon as actor_words
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity types of the names of parties (people, bodies, states, peoples, places).
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def no_party(subj: Token) -> bool:
    """A subject that names no party: no name, no pronoun, no role word of
    ``data/roles.toml`` and no permitting body ("the delay", "the decision", "the
    weather", "the suspension"; not "the bloc", "the kingdom")."""
    if subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in PARTY_ENTITIES:
        return False
    roles = actor_words().roles
    lemma = lemma_of(subj)
    return lemma not in roles and subj.lower_ not in roles and \
        lemma not in word_class("permitting_bodies")


def permitted_by_terms(tok: Token, instruments: frozenset[str]) -> bool:
    """"the measures let police ban gatherings", "a new regulation allowing its coast
    guard to detain", "Article 155, which would let it suspend", "the truce is meant to
    let aid reach": a rule's terms permit, no party concedes anything; nor does it when
    the subject is a circumstance ("the delay would allow her to testify")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in tok.children):
        return True  # "one of the few observers allowed into the country" describes them
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and cur.dep_ == "relcl":
            subj = cur.head
        if subj is None and cur.dep_ in ("acl", "relcl") and cur.tag_ == "VBG":
            subj = cur.head  # "a regulation allowing X to"
        if subj is None and cur.dep_ == "advcl" and cur.tag_ == "VBG" and any(
                c.dep_ == "dobj" and lemma_of(c) in instruments for c in cur.head.children):
            # "passed a law in July allowing migrants to be detained": the participle
            # describes the instrument, though the parser hangs it on the verb
            return True
        if subj is not None:
            if cur.dep_ == "acl" and subj.dep_ == "dobj" and lemma_of(subj) not in instruments:
                # "a regulation took effect allowing ...": the acl may hang on the object
                subj = next((c for c in subj.head.children if c.dep_ == "nsubj"), subj)
            # a passive subject is the one permitted ("the executive was allowed to
            # leave"), not who permits
            granter = subj.dep_ != "nsubjpass"
            return (granter and no_party(subj)) or lemma_of(subj) in instruments or any(
                lemma_of(c) in instruments for c in subj.children if c.dep_ == "compound")
        if cur.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or cur.head == cur:
            return False
        # "is meant to let aid reach ... and to allow people to move": the controller's
        # subject
        cur = cur.head
    return False
