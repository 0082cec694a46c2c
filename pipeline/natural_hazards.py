"""Natural hazards are no actors: "the earthquake killed 1,000 people" reports no attack.

``pipeline.event_filters.screen`` drops a killing or strike whose doer is a hazard
(``natural_cause``) and a disaster's death toll (``hazard_toll``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.syntax import subject
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Natural hazards that "kill", "hit" and "strike" without being actors.
NATURAL_HAZARDS = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "storm",
                             "hurricane", "cyclone", "typhoon", "flood", "flooding", "drought",
                             "wildfire", "fire", "landslide", "avalanche", "disease",
                             "epidemic", "outbreak", "disaster", "heatwave", "wave",
                             "eruption", "blizzard", "tornado", "lightning",
                             "thunderstorm"})
#: Wild animals that kill or maul: nobody's attack ("a tiger killed a villager").
WILD_ANIMALS = word_class("wild_animals")
#: Acts a hazard or an animal is named as doing ("lightning strikes", "a tiger attack").
HAZARD_ACTS = frozenset({"strike", "bolt", "attack"})
#: Hazards whose act (any of ``HAZARD_ACTS``, as a wild animal's) is the hazard itself
#: ("lightning strikes", "a lightning bolt"); a wave or fire "attack" is people's
#: ("human-wave attacks").
STRIKING_HAZARDS = frozenset({"lightning", "thunderstorm"})
#: Words that make a hazard's name an armed operation's ("Operation Lightning").
OPERATION_WORDS = frozenset({"operation", "op", "op."})
#: Weapons whose "fire" is an attack, not a blaze ("mortar fire hit the plant").
FIRING_WEAPONS = frozenset({"mortar", "artillery", "rocket", "tank", "sniper", "gun",
                            "machine", "cannon", "howitzer", "missile"})


def natural_hazard(tok: Token) -> bool:
    """A natural hazard noun, also when mis-lemmatised in the plural ("tsunamis"), or a
    wild animal ("a tiger", "elephants"); not when it is someone's fire ("Russian mortar
    fire", "artillery fire", "Israeli fire")."""
    if tok.lower_ in WILD_ANIMALS or tok.lemma_ in WILD_ANIMALS:
        # lower case only: "the Tamil Tigers", "the Grey Wolves" are armed groups
        return tok.text.islower()
    if tok.lemma_.lower() in HAZARD_ACTS and any(
            c.dep_ == "compound" and (c.lemma_.lower() in STRIKING_HAZARDS or (
                c.lemma_.lower() in WILD_ANIMALS and natural_hazard(c)))
            for c in tok.children):
        # "lightning strikes killed 20 people", "a tiger attack" (an animal in lower case
        # only, as above); not "human-wave attacks" nor "fire attacks": people's acts
        return True
    if not (tok.lemma_.lower() in NATURAL_HAZARDS or
            tok.lower_.removesuffix("s") in NATURAL_HAZARDS):
        return False
    if tok.pos_ == "PROPN" and any(c.lower_ in OPERATION_WORDS
                                   for c in tok.doc[tok.left_edge.i:tok.i]):
        # "Operation Lightning killed 30 militants": a name, no hazard (a disaster named
        # for its place is one: "the Noto Peninsula Earthquake")
        return False
    return not (tok.lemma_.lower() == "fire" and any(
        (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE", "ORG")) or
        (c.dep_ == "compound" and c.lemma_.lower() in FIRING_WEAPONS)
        for c in tok.children))


def natural_cause(tok: Token) -> bool:
    """The subject of a killing or strike is a natural hazard, not an actor; so is the
    agent of a passive ("the countries hit by the tsunamis"), and the subject the small
    model hangs on "where" ("Afghanistan, where earthquakes killed 1,000 people")."""
    if any(c.dep_ == "agent" and any(natural_hazard(p) for p in c.children if p.dep_ == "pobj")
           for c in tok.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "where" and any(
            g.dep_ in ("dep", "nsubj") and natural_hazard(g) for g in c.children)
           for c in tok.children):
        return True
    subj, _ = subject(tok)
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        subj = tok.head  # "an earthquake that has killed 35,000 people"
    return subj is not None and natural_hazard(subj)


def hazard_toll(tok: Token, other_types: dict[int, str]) -> bool:
    """"the death toll from the landslide rose to 670": a disaster's toll, no killing;
    "the death toll from rioting and looting" counts the riot's dead, and the riot is
    coded on its own trigger (PROTEST), not as a killing. ``other_types`` maps the
    sentence's trigger tokens to their types."""
    if tok.lemma_.lower() != "toll":
        return False
    return any(c.dep_ == "prep" and any(
        p.dep_ == "pobj" and (natural_hazard(p) or other_types.get(p.i, "ASSAULT") != "ASSAULT")
        for p in c.children) for c in tok.children)
