"""A decree signed is the act it orders: "Trump signed an executive order halting US
financial aid to South Africa", "signed orders imposing a 25 percent levy on imports",
"signed an executive order in July ending Hong Kong's preferential trade treatment".
``decreed_act`` reads a decree as a sanction when a sanction noun is in
it; a decree whose clause verb is itself a sanction ("halting aid", "imposing a levy",
"ending trade treatment") is one too (PLOVER SANCTION), not support for anyone; unless it
pauses or ends a pressure ("suspending the deportation of Venezuelans"), which relieves.
Signing any other instrument of one's own ("signed an executive order directing the
construction of a wall", "signed the notice", "a letter signed by the minister") endorses
no one either: ``signed_instrument``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.agreed_reliefs import relieved_act
from pipeline.syntax import climbed_subject
from pipeline.syntax import doer as clause_doer
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon, object_phrase
from pipeline.trigger_objects import PAUSING, direct_object, object_or_patient
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Documents whose signing enacts what they order ("signed an executive order authorising
#: sanctions", "signed a decree imposing sanctions"): typed by that act, not as support.
DECREES = frozenset({"order", "executive order", "decree", "presidential decree", "edict"})
SIGNED_SANCTION = Sense("SANCTION", None, "sign sanction order")
#: A decree taking a sanction away: an implemented concession (PLOVER RETREAT).
SIGNED_RELIEF = Sense("RETREAT", None, "sign relief order")


def decreed_act(tok: Token, sense_type: Callable[[Token], str | None]) -> Sense | None:
    """The act a signed decree orders ("signed an executive order on Sept. 17 authorising
    sanctions on X", "an order signed by Trump halting aid"), or None where ``tok`` signs no
    decree: its sanction nouns first, wherever the small model hangs them, then a verb of
    its clause that ``sense_type`` types SANCTION."""
    if lemma_of(tok) != "sign":
        return None
    obj = object_or_patient(tok)  # "an order signed by Trump" too
    if obj is None or not set(object_phrase(obj)) & DECREES:
        return None
    return _decreed_sanction_noun(tok) or _decreed_sanction_verb(tok, obj, sense_type)


def _decreed_sanction_noun(tok: Token) -> Sense | None:
    """SIGNED_SANCTION where a sanction noun is in the signing's subtree; SIGNED_RELIEF
    where every one is taken away."""
    sanctions = [g for g in tok.subtree if g.pos_ == "NOUN" and any(
        s.type == "SANCTION" for _, s in lexicon().nouns.get(lemma_of(g), []))]
    if any(not _relieved_noun(g) for g in sanctions):
        return SIGNED_SANCTION
    # "signed an order lifting sanctions on Syria": the signer takes the sanction away
    return SIGNED_RELIEF if sanctions else None


def _relieved_noun(noun: Token) -> bool:
    """"an order lifting sanctions on Syria", "ending the travel ban": the sanction is the
    object of an act that takes it away, a relief and no sanction (agreed_reliefs)."""
    return noun.dep_ in ("dobj", "obj") and relieved_act(noun.head)


#: Clause links by which a decree's content hangs on the decree or, misattached after a
#: date ("signed an order in July ending"), on the verb of signing.
CONTENT_DEPS = frozenset({"acl", "relcl", "advcl"})
#: Event types of a measure against a party: pausing or ending one relieves it.
PRESSURE = frozenset({"SANCTION", "COERCE"})
#: Verbs that stop a measure ("suspending", "halting") or take a restraint away.
STOPPING = PAUSING | word_class("relieving")


def _decreed_sanction_verb(tok: Token, decree: Token,
                           sense_type: Callable[[Token], str | None]) -> Sense | None:
    """SIGNED_SANCTION where the decree's clause has a verb typed SANCTION by its own
    sense ("halting aid", "imposing a levy") that relieves no pressure."""
    acts = [c for c in decree.children if c.dep_ in CONTENT_DEPS and c.pos_ == "VERB"]
    acts += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return SIGNED_SANCTION if any(sense_type(a) == "SANCTION" and not _relief(a)
                                  for a in acts) else None


def _relief(act: Token) -> bool:
    """The decreed act takes a restraint away ("lifting the curbs") or stops a measure
    against people ("suspending the deportation of Venezuelans", "halting arrests"): a
    pause of pressure, no sanction; pausing aid or trade is one ("halting aid")."""
    if relieved_act(act):
        return True
    obj = direct_object(act)
    return lemma_of(act) in STOPPING and obj is not None and any(
        s.type in PRESSURE for _, s in lexicon().nouns.get(lemma_of(obj), []))


#: Instruments a party issues on its own authority: signing one enacts or authors it,
#: unlike an agreement signed with another party (PLOVER SUPPORT: signing, ratifying).
INSTRUMENTS = DECREES | frozenset({"directive", "notice", "proclamation", "law", "bill",
                                   "letter"})


def signed_instrument(tok: Token) -> bool:
    """"Trump signed an executive order directing the construction of a wall", "Locsin
    signed the notice", "a brief letter signed by the minister": the signing reports no
    endorsement of anyone; what the instrument does is coded on its own words."""
    if lemma_of(tok) != "sign":
        return False
    obj = object_or_patient(tok)
    if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        obj = tok.head  # "a brief letter signed by the minister"
    if obj is None or not set(object_phrase(obj)) & INSTRUMENTS or _joint(tok, obj):
        return False
    # "a letter of intent", "of support", "of solidarity": the "of" noun is its stance
    return lemma_of(obj) != "letter" or not _preps(obj, "of")


def _preps(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def _joint(sign: Token, obj: Token) -> bool:
    """"Ukraine and France signed …", "signed a letter of intent with Sweden": signed
    with a partner, a bilateral act, not an instrument of one's own."""
    signers = [c for c in sign.children if c.dep_ == "nsubj"]
    return (_preps(sign, "with") or _preps(obj, "with")
            or any(g.dep_ == "conj" for s in signers for g in s.children))


#: The legislature words; those ``objects.suspend`` holds (not "congress", often a party's
#: or union's meeting) are read as a decree closing the legislature when suspended.
CLOSED_LEGISLATURES = word_class("legislatures") | frozenset({"national assembly"})


def decreed_closure(verb: Token, obj: Token, cand: Token) -> bool:
    """"Sirisena suspended parliament", "the armed forces had suspended the Senate",
    "Haiti's parliament was suspended by President Martelly": the legislature itself (the
    object's head, not "the Senate candidate"), suspended by a named doer who is no chair
    or organisation (PLOVER COERCE). Not "Kenya's parliament was suspended for ten
    minutes" (no agent: a sitting paused, a recess, a day of mourning), "the speaker
    suspended parliament until Tuesday" (a chair ends a sitting), "the ANC suspended its
    national assembly" (an organisation's own meeting)."""
    if cand.i != obj.i:
        return False
    if obj.dep_ == "nsubjpass":
        doer = clause_doer(verb)  # the passive's agent: "suspended by President Martelly"
    else:
        # "were taking power and had suspended the Senate": the first verb's subject
        doer = climbed_subject(verb, links=frozenset({"conj", "xcomp", "advcl"}))
    if doer is None or doer.ent_type_ == "ORG":
        return False
    return lemma_of(doer) not in word_class("sitting_chairs") and not any(
        lemma_of(c) in word_class("sitting_chairs") for c in doer.children
        if c.dep_ == "compound")
