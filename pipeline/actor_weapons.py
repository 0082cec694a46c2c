"""A weapon is no attacker: "drones hit two pumping stations", "a missile struck the
village", "Two drones detonated near the stage". The weapon words are role words (MIL),
so a weapon with no country of its own fell back to the story's focus country, and a
strike on the focus country was coded as that country attacking itself or the other
party of the story; the speaker who told of it was taken for its doer. News that names
no attacker states an attack by nobody named on the place it hit (PLOVER: a null
source), and coders do the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country
from pipeline.implied_parties import OWNERS
from pipeline.syntax import agentless_passive, headline_passive
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor

#: Weapons that strike by themselves, named as the subject of a strike.
WEAPONS = word_class("weapons")


def unowned_weapon(actor: Actor, focus: str | None) -> bool:
    """Whether ``actor`` is a weapon whose country is only the story's focus, for want
    of any of its own (not "Iranian drones", "its missiles", "Kalibr missiles" of a
    country the story is not about)."""
    words = actor.text.lower().split()
    if not words or actor.person or actor.country is None or actor.country != focus or \
            names_country(actor.text) is not None or OWNERS & set(words):
        return False
    head = words[-1]
    return head in WEAPONS


def weapon_strike(tok: Token, actor: Actor, focus: str | None) -> bool:
    """Whether the verb ``tok`` tells of ``actor``, a weapon of no country of its own,
    striking: not a passive or a headline's passive ("drones downed"), where the weapon
    is what was hit."""
    if agentless_passive(tok) or headline_passive(tok):
        return False
    return unowned_weapon(actor, focus)
