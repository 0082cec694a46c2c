"""A firm halting its own work: "Chevron suspended operations at its refinery in
Venezuela", "Volkswagen halted production at its plant in China".

PLOVER codes states and organised groups acting on one another; a company pausing its
own operations is a business decision, not a sanction by the state it works in (the
place named the wrong state as the doer and target). Only a firm the actor lexicon does
not know (a listed state company such as Gazprom keeps its reading) and only its own
work as the object: a halt aimed at a party ("suspended gas deliveries to Poland") or by
a state is untouched. ``pipeline.event_filters.screen`` drops the reading.

A firm closing accounts, profiles or pages on its own service ("Meta closed thousands of
accounts") runs its business the same way (``own_pages_closed``, read by
``pipeline.trigger_objects``); a state closing its opponents' accounts represses them.
A price quoted at a market's close ("shares closed down 19%") shuts nothing at all
(``market_close``), nor do firms or shops that close down by themselves (``firms_closing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup_any
from pipeline.officeholders import known_person
from pipeline.prep_objects import prep_objects
from pipeline.syntax import compound_name, passive_patient, subject
from pipeline.trigger_lexicon import cooperation_words, lemma_of, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A firm's own work ("operations", "production", "drilling").
OWN_WORK = word_class("own_work")
#: Prepositions that aim a halt at a party ("deliveries to Poland", "trade with Iran").
AIMED = word_class("halt_aims")


def _unlisted_firm(subj: Token) -> bool:
    """An organisation's name the actor lexicon does not know (no state, body or group).
    The small model's ORG tag comes and goes with the context ("Meta" in a one-line story
    gets none), so an untagged proper name counts too unless the actor lexicon or the
    officeholders know it ("Lukashenko closed the accounts of opposition groups")."""
    if subj.ent_type_ == "" and subj.pos_ == "PROPN":
        name = compound_name(subj)
        return lookup_any(name) is None and known_person(name, None) is None
    if subj.ent_type_ != "ORG":
        return False
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    return ent is not None and lookup_any(ent.text) is None


def firm_subject(tok: Token) -> bool:
    """The verb's subject is a firm the actor lexicon does not know ("Meta closed ...")."""
    subj = subject(tok)[0]
    return subj is not None and _unlisted_firm(subj)


def own_work_halted(tok: Token) -> bool:
    """The verb's subject is an unlisted firm and what it halts is its own work, aimed
    at no party."""
    halted = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None) or \
        passive_patient(tok)
    if halted is None or lemma_of(halted) not in OWN_WORK:
        return False
    # the object and its aim before the subject: the firm's name is the costly look-up
    return not any(c.dep_ == "prep" and c.lower_ in AIMED
                   for h in (tok, halted) for c in h.children) and firm_subject(tok)


def own_pages_closed(tok: Token, closed: Token) -> bool:
    """What the verb closes is an account, a profile or a page (triggers.toml
    COERCE.firm_closed) and its subject an unlisted firm: the firm's own business."""
    return lemma_of(closed) in cooperation_words()["firm_closed"] and firm_subject(tok)


def market_close(tok: Token) -> bool:
    """"Shares in the firm closed down 19% at 151 pence", "the dollar closed higher",
    "Australian share markets closed at record levels": a price quoted at the end of a
    trading day, nothing shut by anyone (no PLOVER COERCE). Intransitive only, with a
    quoted price as its subject (word class ``quoted_prices``); a name is never one."""
    if lemma_of(tok) != "close" or any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass")
                                       for c in tok.children):
        return False
    return any(s.pos_ != "PROPN" and lemma_of(s) in word_class("quoted_prices")
               for c in tok.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts))


def firms_closing(tok: Token) -> bool:
    """"Hundreds of firms close every month", "many shops closed after sales fell": a
    business that closes by itself (intransitive, subject or what its count is "of" in
    word class ``closing_businesses``) shuts down, nobody shuts it (no PLOVER COERCE).
    Closed "in protest" or on someone's order it is left to the other readings."""
    if lemma_of(tok) != "close" or any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent")
            for c in tok.children) or any(
            lemma_of(p) in ("protest", "order", "strike", "demand")
            for p in prep_objects(tok, ("in", "on", "after", "under"))):
        return False
    businesses = word_class("closing_businesses")
    return any(lemma_of(s) in businesses or any(lemma_of(p) in businesses
                                                for p in of_objects(s))
               for c in tok.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts))
