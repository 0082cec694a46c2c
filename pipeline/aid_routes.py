"""The route of an aid vehicle: who sends it and where it goes ("a Saudi plane carrying
food landed in Aleppo", "aid trucks entered Gaza"). The donor modifies the vehicle, the
recipient is the country of the place the vehicle goes to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import place_country
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors


#: Vehicles that carry aid, and the prepositions of their destination.
VEHICLES = word_class("vehicles")
DEST_PREPS = frozenset({"into", "to", "in", "at", "on"})
#: Verbs that take a vehicle somewhere ("trucks entered Gaza", "a plane landed in X").
MOTION_VERBS = frozenset({"enter", "cross", "head", "arrive", "reach", "land", "pass",
                          "travel", "go", "move", "roll", "deliver", "bring", "fly", "sail",
                          "dock", "drive", "come", "return", "leave"})


def aid_route(clause: ClauseActors, tok: Token, speaker: Actor | None
              ) -> tuple[list[Actor], list[Actor]]:
    """Aid carried by a vehicle ("a Saudi plane carrying food landed in Aleppo",
    "aid trucks entered Gaza"): the donor modifies the vehicle, the recipient is the
    country the vehicle goes to."""
    vehicle = tok if tok.lemma_.lower() in VEHICLES else (
        tok.head if tok.dep_ == "acl" and tok.head.lemma_.lower() in VEHICLES else None)
    sources: list[Actor] = []
    targets: list[Actor] = []
    verbs: list[Token] = [tok] if tok.pos_ == "VERB" else []  # "dropped food into Aceh"
    if vehicle is not None:
        sources, _ = clause.noun_modifiers(vehicle, speaker)
        # "trucks entered Gaza", or a headline-style "convoy headed into Syria"
        verbs += [vehicle.head] if vehicle.dep_ == "nsubj" else []
        verbs += [c for c in vehicle.children if c.dep_ == "acl" and c != tok]
        verbs = [v for v in verbs if v == tok or v.lemma_.lower() in MOTION_VERBS]
    for verb in verbs:
        dests = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS
            for p in c.children if p.dep_ == "pobj"]
        for d in dests:
            # "into rebel-held northwest Syria": any place named in the phrase; the
            # names first ("to Papua New Guinea", "into South Sudan": the head word
            # alone is another country)
            names = [e.text for e in clause.doc.ents
                     if d.left_edge.i <= e.start and e.end <= d.right_edge.i + 1] + [d.text]
            code = next((c for c in map(place_country, names) if c), None)
            if code:
                targets = [Actor(text=d.text, name=None, country=code, role="UNK")]
                break
        if targets:
            break
    return sources, targets
