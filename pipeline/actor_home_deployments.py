"""Deployments at home: a state's forces sent to back its own police, to a place of its
own country or "throughout the country" mobilise the country against itself (PLOVER
MOBILIZE, X->X), not against the other party of a two-party story ("Kenyan authorities
deployed troops and police to Lamu county" in a story about an attack on US troops)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import STATE_BODIES, place_country
from pipeline.doc_views import ent_at
from pipeline.local_bodies import PLACE_LABELS
from pipeline.story_parties import mention_codes
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A state's own forces of order: troops sent with them or to back them act at home.
HOME_FORCES = word_class("home_forces")
#: The mover's own country named as a common noun ("throughout the country").
HOME_GROUND = word_class("home_ground")
#: Determiners that make a home-ground noun the mover's own ("the country", "its nation").
OWN_DETERMINERS = frozenset({"the", "its", "their"})
#: Entity labels of a place a deployment goes to: a named place, or a town the parser
#: labels a product.
DESTINATION_LABELS = PLACE_LABELS | {"PRODUCT"}


def _deployment_words(trig: Token) -> list[Token]:
    """The deployment's own phrase: the trigger's subtree without the clauses coordinated
    with it or hung on it as a running comment ("..., giving priority to its border with
    Guatemala"), which tell of other acts and other places."""
    skipped = {t.i for c in trig.children
               if c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG")
               for t in c.subtree}
    return [t for t in trig.subtree if t.i not in skipped]


def _own_ground(trig: Token, tok: Token, home: str) -> bool:
    """A word of the deployment that places it at home: the police, when the troops
    sent go with them or to back them ("troops and police", "to reinforce police"; not
    police sent alone, whom states also send abroad), a place of the mover's own
    country it goes to ("to several towns, including Manbij"), or "throughout the
    country"."""
    if tok.lemma_.lower() in HOME_FORCES:  # (not "sending 23 police officers")
        return tok.head != trig and tok.dep_ != "compound"
    if tok.ent_type_ in DESTINATION_LABELS and tok.dep_ == "pobj":
        ent = ent_at(tok)
        return ent is not None and place_country(ent.text) == home
    return tok.lemma_.lower() in HOME_GROUND and tok.dep_ == "pobj" and \
        tok.head.lower_ == "throughout" and any(
            c.dep_ in ("det", "poss") and c.lower_ in OWN_DETERMINERS for c in tok.children)


def home_deployment(trig: Token, event_type: str, sources: list[Actor]) -> str | None:
    """The mover's country when a state's deployment is at home (its forces go with or
    to its police, to a place of its own, or throughout the country) and the phrase
    names no other country or body; else None."""
    if event_type != "MOBILIZE" or not sources or not sources[0].country or \
            sources[0].role not in STATE_BODIES:
        return None
    home = sources[0].country
    words = _deployment_words(trig)
    span = trig.doc[words[0].i:words[-1].i + 1]
    kept = {t.i for t in words}
    # a deployment that names a foreign party ("to the border with Ukraine") faces it
    if any(code != home for i, code in mention_codes(span) if i in kept):
        return None
    return home if any(_own_ground(trig, t, home) for t in words) else None
