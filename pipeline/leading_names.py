"""A person's first name as a later mention of them, where the news uses it.

News names a person in full once ("Indonesian Defence Minister Prabowo Subianto",
"Vice Foreign Minister Le Yucheng") and then by one name. The resolver keys persons by
the last word, a Western surname. Where the family name comes first (Chinese, Korean,
Vietnamese) or a person goes by the given name (Ethiopians, Indonesians, Thais) the
later mention is the first word ("Prabowo cancelled a trip", "Le summoned the
ambassador"); this registers that second key, for persons of those countries only:
elsewhere the first word is a given name the news does not use alone ("Chris Murphy"),
or a title ("Sir Keir Starmer").

A first-word key is weaker than a surname key or a listed officeholder: it never
replaces a surname key, it yields to a listed officeholder of that name ("Kim" is North
Korea's leader, not a South Korean minister Kim named before), and a key two persons
claim is dropped ("Zhao Lei ... Zhao Ming ... Zhao said" names neither).
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon, lookup_any
from pipeline.officeholders import (
    DATA,
    FAMILY_NAME_FIRST,
    GIVEN_NAME_USED,
    TITLE_WORDS,
    known_person,
    surname_key,
)

if TYPE_CHECKING:
    from schemas import Actor


@cache
def _name_order() -> tuple[frozenset[str], frozenset[str]]:
    """The countries whose persons go by their first word, and the honorifics that are
    no first word of a name (``data/name_order.toml``)."""
    raw = tomllib.loads((DATA / "name_order.toml").read_text(encoding="utf-8"))
    countries = FAMILY_NAME_FIRST | GIVEN_NAME_USED | frozenset(raw["first_word_names"])
    return countries, TITLE_WORDS | frozenset(raw["honorifics"])


def leading_key(name: str, country: str | None) -> str | None:
    """The key of the first word of a full name ("Prabowo Subianto" of Indonesia ->
    "prabowo"), or None when the person's country does not use that word alone, the
    name is one word, or its first word could name something else: a country, place
    or body (a later "Jordan" is the country), an honorific or a role word ("Sir",
    "General") left in the entity."""
    countries, honorifics = _name_order()
    if country not in countries:
        return None
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if not first.isalpha() or not first[:1].isupper() or first.isupper():
        return None  # "al-Sisi", initials, "US" are no given or family names here
    low = first.casefold()
    if low in honorifics or low in lexicon().roles or lookup_any(first) is not None:
        return None
    return surname_key(first)


def register_leading(persons: dict[str, Actor], disputed: set[str], actor: Actor,
                     year: int | None, *, guessed: bool) -> None:
    """Key ``actor`` (a person just named in full) by the first word of the name too.

    Not when the person's country was only guessed (the focus country for want of any:
    the name order then says nothing), nor when a listed officeholder of another country
    goes by that word. A key another person already holds by the first word is dropped
    for both, and stays dropped (``disputed``); one held as a surname is kept."""
    if guessed or actor.name is None:
        return
    key = leading_key(actor.name, actor.country)
    if key is None or key in disputed:
        return
    office = known_person(actor.name.split()[0], year)
    if office is not None and office.country != actor.country:
        return
    held = persons.get(key)
    if held is None:
        persons[key] = actor
    elif held.person != actor.person and held.name is not None and \
            leading_key(held.name, held.country) == key:
        del persons[key]
        disputed.add(key)
