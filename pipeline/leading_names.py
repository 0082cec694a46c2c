"""A person's first name as a later mention of them.

News names a person in full once ("Indonesian President Prabowo Subianto", "Vice Foreign
Minister Le Yucheng") and then by one name. That name is mostly the last (a Western
surname), but it is the first where the family name comes first (Chinese, Korean,
Vietnamese, Hungarian in their own order) or where a person is known by a given name
(Indonesians, Thais). The resolver keys persons by their last name; this gives the
second key, so "Prabowo cancelled a trip" or "Le summoned the ambassador" is the person
named before rather than a name of no country.
"""

from __future__ import annotations

from pipeline.actor_lexicon import lexicon, lookup_any
from pipeline.officeholders import surname_key


def leading_key(name: str) -> str | None:
    """The key of the first word of a full name ("Prabowo Subianto" -> "prabowo"), or
    None when the name is one word or its first word could name something else: a
    country, place or body ("Jordan Bardella", "Georgia Meloni": a later "Jordan" is the
    country) or a title or role word ("General", "Minister") left in the entity."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if not first.isalpha() or not first[:1].isupper() or first.isupper():
        return None  # "al-Sisi", initials, "US" are no given or family names here
    if lookup_any(first) is not None or first.lower() in lexicon().roles:
        return None
    return surname_key(first)
