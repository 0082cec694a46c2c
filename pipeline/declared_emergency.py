"""Whether an emergency declared is emergency rule (PLOVER COERCE: martial-law), as "a state
of emergency" is: "Mali declares emergency", "declared an emergency in the prison system".
The short phrase is as often a pilot's or a skipper's call for help, a figure of speech in
sport, or an emergency of another kind (a climate, a cholera emergency)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.domains import sport_cues
from pipeline.prep_objects import prep_objects
from pipeline.syntax import subject
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity tags of a place a flight declares its emergency over ("over Turkey").
PLACE_ENTS = frozenset({"GPE", "LOC"})


def emergency_rule(tok: Token, obj: Token, cand: Token) -> bool:
    """"declared an emergency in Bishkek" (``tok`` the verb, ``obj`` its object, ``cand``
    the object or its compound): the object itself is the emergency, none declared ("no
    emergency"), of no other kind (word class unruled_emergencies: "a climate emergency",
    "a cholera emergency"), on no craft (``aboard``) and in no sport ("declared an emergency
    in defence after injuries to three players")."""
    if cand.i != obj.i or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return False
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) in word_class("unruled_emergencies")
           for c in obj.children):
        return False
    return not aboard(tok, obj) and not sport_cues(tok.sent.text)


def aboard(tok: Token, obj: Token) -> bool:
    """An emergency declared on a craft: its pilot, captain, crew or airline declare it
    ("The ship's captain", "the crew of the Emirates flight", "Kenya Airways"; word class
    craft_crews), it is declared over a place ("an emergency over Turkey") or the craft
    then lands ("declared an emergency and landed in Budapest")."""
    doer = subject(tok)[0]
    if doer is not None:
        named = [doer, *[c for c in doer.children if c.dep_ in ("poss", "compound")],
                 *prep_objects(doer, ("of",))]
        named += [c for n in named[1:] for c in n.children if c.dep_ in ("poss", "compound")]
        if any(lemma_of(n) in word_class("craft_crews") for n in named):
            return True
    if any(p.ent_type_ in PLACE_ENTS for p in prep_objects(tok, ("over",)) +
           prep_objects(obj, ("over",))):
        return True
    return any(c.dep_ in ("conj", "advcl") and lemma_of(c) in word_class("craft_landings")
               for c in tok.children)
