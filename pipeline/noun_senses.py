"""The sense of a noun trigger, and the light verbs that carry one ("held talks").

``pipeline.triggers`` asks ``noun_sense`` of every noun and ``is_light`` of the verb
governing a nominal trigger; a noun's sense can hang on its verb's sense ("expelled the
envoy in protest"), so the two modules call each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.answered_arms import answering_verb
from pipeline.bodily_fits import bodily_fit
from pipeline.standing_contact import IN_CONTACT, in_contact
from pipeline.statement_senses import PHONE
from pipeline.trigger_barring import ban_on
from pipeline.trigger_cooperation import JOINT, TRAINING, handover_sense, joint, training
from pipeline.trigger_force import exchanged_fire
from pipeline.trigger_lexicon import (
    cooperation_words,
    lemma_of,
    lexicon,
    noun_rest_ok,
    of_objects,
)
from pipeline.trigger_objects import private_visit, standing_regime
from pipeline.trigger_protest import (
    DEMONSTRATION,
    LODGED_PROTEST,
    lodged_protest,
    protests_referred_to,
    sit_in,
)
from pipeline.wire_crowds import labour_strike
from pipeline.wire_senses import LABOUR_STRIKE, LEFT_BODY
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trigger_lexicon import Sense


def noun_sense(tok: Token) -> Sense | None:
    if joint(tok):
        return JOINT
    if wire.leaving_body(tok):
        return LEFT_BODY
    if labour_strike(tok):
        return LABOUR_STRIKE
    if wire.phone_call(tok):
        return PHONE
    if in_contact(tok):
        return IN_CONTACT
    if lemma_of(tok) in ("exchange", "return") and tok.dep_ == "pobj" and \
            tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for"
                                            for c in tok.children):
        return None  # "in exchange for a promise": a condition, no swap
    if market_exchange(tok):
        return None  # "closed down on the London Stock Exchange": a market, no swap
    if sit_in(tok):
        return DEMONSTRATION
    if tok.tag_ == "VBG" and lemma_of(tok) == "visit" and private_visit(tok):
        return None  # "Russians visiting the country": the gerund read as a noun
    if protests_referred_to(tok):
        return None  # "said the protests had been hijacked": protests told already
    if _protest_as_motive(tok):
        return None  # "expelled the envoy in protest at the decision": a motive, no crowd
    if lodged_protest(tok):
        return LODGED_PROTEST  # "filed a diplomatic protest with Beijing": a complaint
    fired = exchanged_fire(tok)
    if fired is not None:
        return fired
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.replace("\u2019", "'") in (
            "d'affaires", "d'affaire"):
        return None  # "the charge d'affaires" is an envoy, no criminal charge
    if training(tok):
        return TRAINING
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon") and \
            lemma_of(tok) in cooperation_words()["consent_nouns"]:
        return None  # "at the government's request" is consent, not a request
    if bodily_fit(tok):
        return None  # "suffered a heart attack": an illness, no violence
    banned = ban_on(tok)
    if banned is not None:
        return banned  # "a ban on public meetings": a restriction, not a sanction
    for rest, sense in lexicon().nouns.get(lemma_of(tok), []):
        if noun_rest_ok(tok, rest):
            if sense.type == "SANCTION" and standing_regime(tok):
                return None  # "a panel monitoring sanctions": a regime already in force
            if not rest and lemma_of(tok) in cooperation_words()["setting_nouns"] and \
                    tok.dep_ in ("pobj", "compound", "nmod", "poss"):
                return None  # "a truce in its civil war": the story's setting, no act
            if sense.phrase == "handover":
                return handover_sense(tok, sense)
            return sense
    return None


def market_exchange(tok: Token) -> bool:
    """"Exchange" as a market where shares, currencies or goods trade ("the London Stock
    Exchange", "a darling of the Italian stock exchange"), no swap of prisoners. An
    exchange "of" something ("a foreign exchange of prisoners of war") or of nationals ("a
    foreign national exchange") is a swap whatever else modifies it."""
    if lemma_of(tok) != "exchange" or of_objects(tok):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(mods & word_class("market_exchanges")) and not mods & SWAPPED_PEOPLE


#: Modifiers that make an exchange one of people ("a foreign national exchange").
SWAPPED_PEOPLE = frozenset({"national", "nationals", "prisoner", "prisoners", "hostage",
                            "hostages", "body", "bodies", "detainee", "detainees"})


#: State acts that "in protest" gives a motive for, not a demonstration of their own: a
#: summons of an envoy is a diplomatic complaint (ACCUSE) as an expulsion is a sanction.
MOTIVATED_ACTS = frozenset({"SANCTION", "REJECT", "ACCUSE"})


def _protest_as_motive(tok: Token) -> bool:
    """"Pakistan expelled India's envoy in protest at the decision", "cancelled talks in
    protest": a state's act done in protest is coded on its own verb."""
    if lemma_of(tok) != "protest" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    act = tok.head.head
    for _ in range(3):  # "cancelled talks in protest": the phrase may hang on the object
        if act.pos_ == "VERB" or act.head == act:
            break
        act = act.head
    if act.pos_ != "VERB":
        return False
    # verb and noun senses call each other; imported here, where one is first needed
    from pipeline.triggers import verb_sense
    # "expelled the envoy and suspended trade in protest": any of the coordinated acts
    if any((sense := verb_sense(v)[0]) is not None and sense.type in MOTIVATED_ACTS
           for v in (act, *act.conjuncts)):
        return True
    # "ordered the ambassador to leave in protest": the order the departure completes; a
    # refusal to work or attend in protest is a strike or boycott, a demonstration
    return act.dep_ == "xcomp" and (sense := verb_sense(act.head)[0]) is not None and \
        sense.type == "SANCTION"


#: Verbs of obtaining: their subject receives what they obtain when it is aid ("Argentina
#: secured a $50 billion credit", "wins IMF lifeline"), not when it is a deal they made.
OBTAINING = frozenset({"secure", "win", "obtain", "gain", "land", "clinch"})


def is_undergo(tok: Token) -> bool:
    """A light verb whose subject is the recipient ("received a suspension")."""
    if lemma_of(tok) in OBTAINING:
        return any(c.dep_ in ("dobj", "obj") and (sense := noun_sense(c)) is not None
                   and sense.type == "AID" for c in tok.children)
    return lemma_of(tok) in lexicon().undergo


def is_light(tok: Token) -> bool:
    """A light verb, also a phrasal one ("carried out strikes", "drew up a plan")."""
    light = lexicon().light
    lemma = lemma_of(tok)
    if lemma in OBTAINING and is_undergo(tok):
        return True
    return lemma in light or any(
        f"{lemma} {c.lower_}" in light for c in tok.children if c.dep_ == "prt")


def named_object_of(tok: Token) -> Token | None:
    """"launched what it called retaliatory strikes", "imposed what it described as
    sanctions": the label of a free relative object is the light verb's object."""
    label = tok.head
    if tok.dep_ not in ("oprd", "attr", "dobj", "pobj") or lemma_of(label) not in (
            "call", "describe", "term", "dub", "as"):
        return None
    if label.lower_ == "as":  # "what it described as sanctions"
        label = label.head
    verb = label.head
    if label.dep_ in ("ccomp", "relcl", "dobj") and any(
            c.lower_ == "what" for c in label.children if c.dep_ in ("dobj", "nsubj")) \
            and is_light(verb):
        return verb
    return None


def answered_with(tok: Token) -> Token | None:
    """"Pakistan responded with missile and drone strikes", "Beijing retaliated with
    tariffs of its own": the act a verb of answering is done with is its subject's act."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    verb = tok.head.head
    return verb if answering_verb(verb) else None
