"""Trigger mentions that describe rather than report: a standing state or record, a
reduced relative, a landmark "since" an act, a label for an act named otherwise.

``pipeline.event_filters.screen`` drops these mentions ("a border gate that had been
closed for 35 years", "citizens held in Russia", "the biggest swap since the invasion",
"called the assault a terrorist attack", "the coalition fighting the Houthis").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.headline_passives import headline_participle
from pipeline.inverted_passives import inverted_patient
from pipeline.trigger_lexicon import lemma_of, lexicon, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def background_state(tok: Token) -> bool:
    """A relative clause in the past perfect describes a standing state, not the news
    ("a border gate that had been closed for 35 years")."""
    if tok.dep_ not in ("relcl", "acl"):
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "had" in aux and "been" in aux


#: Material acts that a relative clause in the present perfect only sums up as an
#: actor's record ("a group that has attacked Iranian forces", "Michel, who has hosted
#: several rounds of talks"); stances held now ("which has blamed Iran") stay coded.
RECORD_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "AID", "RETREAT", "SANCTION",
                          "MOBILIZE"})


def standing_record(tok: Token, event_type: str) -> bool:
    """An active relative clause in the present perfect ("who have attacked dozens of
    ships") describes who the actor is, not a new act the story reports. (A passive one
    names the patient's plight instead: "the sailors, who have been held".) A clause on
    a place ("the northeast, where militants have killed thousands", "riots in which
    mobs have set fire to shops") tells what goes on there, not who anyone is."""
    return event_type in RECORD_TYPES and tok.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.children) and \
        not any(c.dep_ == "auxpass" for c in tok.children) and not told_of_place(tok)


def told_of_place(clause: Token) -> bool:
    """A relative clause opened by "where" or "in which"."""
    return any((c.dep_ == "advmod" and c.lower_ == "where") or (
        c.dep_ == "prep" and c.lower_ == "in" and any(
            p.lower_ == "which" for p in c.children if p.dep_ == "pobj"))
        for c in clause.children)


def standing_fight(tok: Token) -> bool:
    """"The military coalition fighting the Houthis", "5,100 troops in the Sahel fighting
    Islamist militants", "Uighur groups fighting in Syria": the present participle of
    "fight" on an armed body (or a count of one, "thousands of troops") says which side
    of a war it is on, not a fight the sentence reports. Finite fighting ("the coalition
    has been fighting the Houthis") and people who are no armed body ("men fighting with
    officers outside the station") keep the act."""
    if lemma_of(tok) != "fight" or tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    body = tok.head
    # a headline has no finite verb, so its participle is the news: "Israeli troops
    # fighting Hezbollah in southern Lebanon", "Rebels fighting in Idlib, monitor says"
    if body.dep_ == "ROOT" or (body.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.i != body.i for c in body.head.children)):
        return False
    armed = word_class("armed_bodies")
    # a group or a count is what it is of: "a group of protesters" is unarmed,
    # "thousands of troops" are not
    return any(lemma_of(n) in armed or n.lower_ in armed
               for n in (of_objects(body) or [body]))


def descriptive_participle(tok: Token, event_type: str) -> bool:
    """A reduced passive relative on a noun ("the return of citizens held in Russia",
    "has 400 troops stationed in Chad", "five citizens held in Iran landed in Doha") says
    what state the people are in, not what the sentence reports. A named agent
    ("talks mediated by Qatar") keeps the act; so do casualties ("20 soldiers killed in
    the clash"), the toll of the news itself."""
    return event_type != "ASSAULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
        not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "mark", "aux", "auxpass", "dobj")
                for c in tok.children) and \
        tok.head.dep_ != "ROOT" and not headline_participle(tok) and \
        inverted_patient(tok) is None  # "Among those detained were X" reports the act


def since_marker(tok: Token) -> bool:
    """An event noun inside a "since" adjunct ("the biggest swap since Moscow launched its
    invasion", "the 14th package since its invasion of Ukraine") is the landmark the
    news is measured from, not news of its own."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ == "since":
            return True
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                       for c in cur.children):
            return True
        if cur.head == cur or cur.dep_ in ("ROOT", "ccomp", "relcl", "conj"):
            return False
        cur = cur.head
    return False


def label_of_named(tok: Token) -> bool:
    """An event noun that only labels an act the sentence names otherwise ("called the
    assault a terrorist attack", "described the unrest as an attack on the state") is
    the speaker's word for it, not a second event. "What X called the largest
    bombardment" names the act by the label itself and stays coded. The labelling verbs
    are the lexicon's (evaluative.label_verbs in triggers.toml)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    verb = None
    if tok.dep_ in ("oprd", "attr", "xcomp") and tok.head.lemma_.lower() in lexicon().label_verbs:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
            tok.head.head.lemma_.lower() in lexicon().label_verbs:
        verb = tok.head.head
    return verb is not None and any(
        c.dep_ == "dobj" and c.i != tok.i and c.lower_ not in ("what", "which", "whom")
        for c in verb.children)
