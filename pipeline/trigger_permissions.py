"""The senses of permitting. Permissions no party grants: "allow", "let" and "permit"
said of a rule's terms ("the measures let police ban gatherings") or of a circumstance
("the delay would allow her to testify", "as soon as the weather allowed") make something
possible; only a party that permits concedes (PLOVER CONCEDE: "China said it would allow
the crew to leave").

A permission promised to another party is an agreement (PLOVER AGREE: promising,
offering): "Bangladesh will allow Indian cargo vessels to use its ports", "Israel will pay
compensation and let Turkey deliver aid", "residents would be allowed to live and work in
Britain". A state that says it will permit something commits itself to the other party;
nothing is conceded yet, and the tuning gold codes such sentences AGREE (or COOPERATE,
AID), never CONCEDE alone. A permission given ("Jordan allowed the guard to cross") stays
as read, and so does one promised at home ("Saudi Arabia would allow Saudi women to
drive"): a reform conceded to one's own people, with no other party to commit to. Nor is
a permission ended ("will no longer allow") or conditioned ("only if sanctions were
lifted") a promise. Whom it is promised to is the clause's parties', so the CONCEDE
sense carries the AGREE as its alternative (``PROMISED_PERMISSION``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon as actor_words
from pipeline.modality import has_future_modal
from pipeline.own_countries import any_abroad
from pipeline.syntax import has_neg, no_longer
from pipeline.trigger_access import PERMITTING
from pipeline.trigger_lexicon import Alternative, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.triggers import Trigger
    from schemas import Actor

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


def promised_permission(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    """The trigger is a verb of permitting under "will"/"would"/"shall", its own or, for a
    conjunct ("will reopen the offices ... and allow direct flights"), its first
    conjunct's, and it permits a party of another country than the permitter's; a negated
    one ("will not allow", "will no longer allow") is a refusal, and a conditioned one
    ("would allow the ships to leave only if sanctions were lifted") a demand, no promise."""
    tok = trig.token
    if lemma_of(tok) not in PERMITTING or has_neg(tok) or _withheld(tok):
        return False
    if not any_abroad(sources, targets):
        return False
    heads = [tok]
    while heads[-1].dep_ == "conj" and len(heads) < 6:  # (a conjunct is never the root)
        heads.append(heads[-1].head)
    return any(has_future_modal(h) and not has_neg(h) for h in heads)


def _withheld(tok: Token) -> bool:
    """"will no longer allow" ends a permission; an "if"/"unless" clause under the verb
    ("would let them go home if Damascus guaranteed their safety") sets a condition on the
    other party rather than committing to it."""
    if no_longer(tok):
        return True
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in tok.subtree)


#: "will allow its ports to be used" by another state: a promise to it, no concession.
PROMISED_PERMISSION = Alternative("CONCEDE", "AGREE", promised_permission)
