"""The other side of a dealing between two states that a guessed nationality folded
into one country.

A person the text gives no nationality takes the story's focus country for want of any
(``ActorResolver.guessed``). When such a person meets, signs, agrees or cooperates with
someone of that very country ("Salvini said he was ready to meet Macron" in a story
about France and Italy), the dealing looks domestic and ``pipeline.event_pairs`` drops
it: but relations between states are what the story is about, and the guess is what
went wrong. In a two-party story the guessed person is the other party (as
``pipeline.actor_guessed_side`` places a guessed doer that names its recipient); a story
about one country's own affairs keeps the dealing domestic.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, names_country
from pipeline.event_pairs import INTERNATIONAL
from pipeline.story_parties import other_party

if TYPE_CHECKING:
    from pipeline.actors import ActorResolver
    from schemas import Actor



def guessed_counterpart(resolver: ActorResolver, event_type: str, src: Actor, tgt: Actor
                        ) -> tuple[Actor, Actor] | None:
    """(source, target) with the one guessed person of a same-country pair moved to the
    story's other side, or None when neither or both were guessed (or no other side).
    Only dealings (``INTERNATIONAL``): a guessed person crossing into the waters of the
    focus country is as often its own national coming home."""
    if event_type not in INTERNATIONAL or src.country is None or src.country != tgt.country:
        return None
    moved = [a for a in (src, tgt) if _guessed(resolver, a)]
    if len(moved) != 1:
        return None  # both guesses, or none: nothing says which side is the other
    code, pair = src.country, resolver.pair
    if not pair or code not in pair:
        return None  # a story about one country's own affairs: a dealing at home
    other = other_party(code, pair)
    if other in BODIES:
        return None
    new = dataclasses.replace(moved[0], country=other)
    return (new, tgt) if moved[0] is src else (src, new)


def _guessed(resolver: ActorResolver, actor: Actor) -> bool:
    """A person whose country is only the story's focus, named by no country of their own
    ("Foreign Minister Patino", not "Venezuelan Foreign Minister Patino")."""
    return actor.person is not None and actor.person in resolver.guessed and \
        names_country(actor.text) is None
