"""Troops leaving a country or town are pulled out (PLOVER RETREAT: "withdraw"): "the last
French troops left Mali in August", "Chadian soldiers began leaving the Central African
Republic", "its units had left Bucha on March 30", "some 200 soldiers left the capital".
Gold codes these RETREAT in four tuning/guard articles; "leave" had no sense before.

Only forces (the subject's words, see wire_constructions.FORCES) leaving a named place or
"the country"/"the capital"; people, ships or envoys leaving are other rules' or travel.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actor_lexicon import place_country
from pipeline.syntax import climbed_subject, compound_name
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_constructions import FORCES, LEAVING
from pipeline.word_classes import word_class

FORCES_LEFT = Sense("RETREAT", "withdraw", "forces leave")

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
