"""Troops leaving a country or town are pulled out (PLOVER RETREAT: "withdraw"): "the last
French troops left Mali in August", "Chadian soldiers began leaving the Central African
Republic", "its units had left Bucha on March 30", "some 200 soldiers left the capital".
Gold codes these RETREAT in four tuning/guard articles; "leave" had no sense before.

Only forces (the subject's words, see wire_constructions.FORCES) leaving a named place or
"the country"/"the capital"; people, ships or envoys leaving are other rules' or travel.

Forces that leave a country are foreign to it (``foreign_leavers``): "the marines left
Somalia" with no nationality of their own are not Somalia's, whatever the story's focus.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup, names_country, place_country
from pipeline.actor_withdrawn_from import WITHDRAWALS, places_left
from pipeline.syntax import climbed_subject, compound_name
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_constructions import FORCES, LEAVING, OWN
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from schemas import Actor

FORCES_LEFT = Sense("RETREAT", "withdraw", "forces leave")

#: Words of a force's own phrase that may name its country ("US marines", "French
#: troops", "France's soldiers", "troops from Chad").
_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})

#: Forces that may be sent abroad: not the forces of order (word class home_forces) or a
#: guard, which stay at home ("Kenyan police" names no force sent abroad).
_ABROAD = FORCES - word_class("home_forces") - {"guard"}

#: Modifiers that make a country's name a part of it ("eastern Ukraine"): a force leaving
#: it may be the country's own, pulling back inside its borders.
_PARTS = frozenset({"eastern", "western", "northern", "southern", "central", "northeastern",
                    "northwestern", "southeastern", "southwestern", "north", "south", "east",
                    "west", "upper", "lower", "rural", "coastal"})

#: Places left named by a noun rather than a name ("left the country").
_PLACE_NOUNS = frozenset({"country", "capital", "territory", "region", "town", "city"})


def forces_leaving(tok: Token) -> bool:
    """A verb of leaving whose subject is troops and whose object is a place."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in LEAVING - {"go"}:
        return False
    subj = climbed_subject(tok, links=frozenset({"xcomp"}))  # "began leaving": who began
    if subj is None or not ({lemma_of(subj), subj.lower_} & FORCES):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children):
        return False  # "left Kigali for Mozambique": a deployment, going somewhere
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and (
            lemma_of(c) in word_class("onward_moves") or any(
                p.dep_ == "prep" and p.lower_ in ("for", "to") for p in c.children))
            for c in tok.children):
        return False  # "left Kyiv and headed to the front": going on elsewhere
    if _left_in_a_state(tok):
        return False  # "left Smith in charge", "left the town in ruins": no pull-out
    # a place the lexicon or gazetteer knows (the tagger often takes a country left for
    # a person, "left Mali", so the entity label cannot decide: "left Smith" is no place)
    return any(c.dep_ in ("dobj", "obj") and (
        c.ent_type_ in ("GPE", "LOC") or lemma_of(c) in _PLACE_NOUNS or (
            c.pos_ == "PROPN" and place_country(compound_name(c)) is not None))
        for c in tok.children)


def _left_in_a_state(tok: Token) -> bool:
    """"left X alone / in charge / in ruins": leaving something in a state, not leaving a
    place (word class left_states)."""
    states = word_class("left_states")
    return any(
        (c.dep_ in ("advmod", "acomp", "oprd") and lemma_of(c) in states) or (
            c.dep_ == "prep" and c.lower_ == "in" and
            any(lemma_of(p) in states or p.lower_ in states for p in c.children))
        for c in tok.children)


def foreign_leavers(tok: Token, sources: list[Actor], *, forces_left: bool) -> list[Actor]:
    """The sources of a pull-out ("the marines left Somalia", "the troops withdrew from
    Mali") with an unnamed force that took the country it leaves as its own (the story's
    focus, for want of a name) given the one foreign country whose forces the story names
    ("US marines arrived in Mogadishu ... The marines left Somalia": the US), else no
    country: forces leaving a country are not its own. A force whose phrase names its
    country ("Somali troops") or a possessor ("its units") keeps it; towns and capitals
    left are no country ("200 soldiers left the capital" may be the state's own army).
    ``forces_left``: the trigger's sense is ``FORCES_LEFT`` (``forces_leaving``, which the
    trigger finder has asked already)."""
    left = _countries_left(tok, forces_left)
    if not left:
        return sources
    out: list[Actor] = []
    home: list[str | None] = []  # the story's foreign force, read once when first needed
    for a in sources:
        if a.country in left and a.role == "MIL" and a.person is None and \
                names_country(a.text) is None and \
                not OWN & {w.lower() for w in a.text.split()}:
            if not home:
                home.append(_story_force_country(tok.doc, left))
            a = dataclasses.replace(a, country=home[0])
        out.append(a)
    return out


def _countries_left(tok: Token, forces_left: bool) -> set[str]:
    """The countries (by their own name, not a town's) a pull-out leaves: the object of
    "left Mali" (``forces_left``), the "from" or "out of" phrase of "withdrew from Mali"."""
    if not forces_left and lemma_of(tok) not in WITHDRAWALS:
        return set()
    # ("withdrew from eastern Ukraine": a region, which the country's own army may leave)
    return {code for n in places_left(tok, by_object=forces_left)
            if not any(c.dep_ == "amod" and c.lower_ in _PARTS for c in n.children)
            and (code := country_named(lookup(compound_name(n)))) is not None}


def _story_force_country(doc: Doc, left: set[str]) -> str | None:
    """The one country other than ``left`` whose forces the story names by a modifier
    ("US marines", "French troops", "troops from Chad"); None for none or several.
    Police are left out: "Kenyan police" act at home."""
    found: set[str] = set()
    for t in doc:
        if t.pos_ != "NOUN" or lemma_of(t) not in _ABROAD:
            continue
        owners = [c for c in t.children if c.dep_ in _OWNER_DEPS] + [
            p for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]
        found |= {code for c in owners for n in (c, *c.conjuncts)  # "French and Chadian"
                  if (code := country_named(lookup(compound_name(n)))) is not None}
    found -= left
    return found.pop() if len(found) == 1 else None
