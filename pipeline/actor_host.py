"""The host country as the recipient of a state's force abroad.

When the clause names no recipient, ``attach`` gives a state's force the story's
implied party, which for a "domestic" act is the state itself. French jets hitting camps
around Gao, France sending police to New Caledonia, or a state of emergency declared by
Paris for the territory act on the place where they happen, not on France. The event's
own place (the sentence's place, or the story's territory held by that state) names that
host country, provided the story names that country. Victims or detainees named by no
nationality ("detained 40 people around Gao") are likewise the place's, not the state's.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.event_places import trigger_location
from pipeline.implied_parties import party
from pipeline.story_parties import mention_codes

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pipeline.triggers import Trigger
    from schemas import Actor

#: Force and repression, whose unnamed recipient is the place they land on.
FORCE = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def host_target(sent: Span, trig: Trigger, event_type: str, src: Actor | None,
                tgt: Actor | None, dateline: str | None) -> Actor | None:
    """``tgt``, or the host country when ``tgt`` is only the source's own country implied
    by the story (no text of its own) and the event happens in another country."""
    if event_type not in FORCE or src is None or tgt is None or \
            not src.country or tgt.country != src.country or not guessed(tgt):
        return tgt
    tok = trig.token
    place = trigger_location(sent, tok, event_type, src, tgt, dateline)
    if place is None or not place.country or place.country == src.country:
        return tgt
    if place.country not in {code for _, code in mention_codes(sent.doc)}:
        # a city the gazetteer places abroad ("Santiago" read as the Dominican one) in
        # a story that never names that country is no host
        return tgt
    # people named by a number keep their words, with the place's country
    return dataclasses.replace(tgt, country=place.country) if tgt.text else party(place.country)


def guessed(tgt: Actor) -> bool:
    """A recipient whose country is only a guess: implied by the story (no text), or
    people named by no nationality ("40 people", "more than a dozen")."""
    if not tgt.text:
        return True
    return tgt.person is None and tgt.role in ("CVL", "UNK") and names_country(tgt.text) is None

