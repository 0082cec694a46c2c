"""Violence by a state's forces of order happens on its own ground: "security forces
stormed the building, killing all four attackers", "border guards killed 11 armed men
who had crossed from China", "security forces crushed protests". With no place in the
sentence, the victims' country (the target) says whose people were hit, not where; the
police, security forces and border guards who did it serve at home."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.word_classes import ends_in_word, word_class

if TYPE_CHECKING:
    from schemas import Actor

__all__ = ["home_guard"]


@cache
def _guard_words() -> frozenset[str]:
    """The words of a state's forces of order and home bodies (word_classes.toml:
    home_forces, home_bodies, home_guards), matched at the end of an actor's text."""
    return word_class("home_forces") | word_class("home_bodies") | word_class("home_guards")


def home_guard(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state's forces of order ("Kyrgyz border guards", "the
    security forces", "Police"): a state actor whose text ends in one of their words."""
    if actor is None or not actor.country or actor.role in BODIES:
        return False
    return ends_in_word(actor.text, _guard_words())
