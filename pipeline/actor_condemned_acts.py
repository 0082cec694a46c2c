"""The recipient of blame for an attack: its author, not the place it hit.

"The United States condemned the attack on Abu Dhabi", "Japan called the shelling of
the island a provocation": the clause names the attack's victim inside the object's
phrase, and the recipient search finds that victim first. Condemning an attack blames
whoever carried it out; the victim is only where it happened. When the attack noun
names no author of its own (unlike "Russia's attack" or "the Houthi attack") the author
is the story's main doer of such attacks (``author_target``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.authored_acts import AUTHORED, author_target
from pipeline.implied_parties import party_codes
from pipeline.syntax import objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Statements of blame whose object can be an act with an author.
BLAME_TYPES = frozenset({"ACCUSE"})
#: Prepositions that name the victim or place of an attack ("the attack on Abu Dhabi",
#: "strikes against the port", "the shelling of the island").
VICTIM_PREPS = frozenset({"on", "against", "of", "in", "at", "upon"})
#: Modifiers that can name an attack's own author ("Russia's attack", "Houthi attack").
AUTHOR_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _attack_victims(finder: ArgumentFinder, noun: Token) -> set[str | None] | None:
    """Codes of the victims an authorless attack noun names in its own phrase, or None
    when the noun is no attack or names its author."""
    if AUTHORED.get(noun.lemma_.lower()) != "ASSAULT":
        return None
    if any(c.dep_ in AUTHOR_DEPS and finder.resolver.resolve_one(c) is not None
           for c in noun.children):
        return None
    victims: set[str | None] = set()
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    victims |= party_codes(finder.resolver.resolve(p))
    victims.discard(None)
    return victims


def blamed_author(finder: ArgumentFinder, tok: Token, event_type: str,
                  sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """``targets``, with an attack's victim replaced by the attack's author when the
    event blames that attack."""
    if event_type not in BLAME_TYPES or not sources or not targets:
        return targets
    found = party_codes(targets)
    for noun in objects(tok):
        victims = _attack_victims(finder, noun)
        if not victims or not found <= victims:
            continue
        author = author_target(finder, tok, sources)
        if author and not party_codes(author) & victims:
            return author
    return targets
