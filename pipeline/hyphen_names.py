"""Country names the model's NER cuts at their hyphen, joined back.

Why: en_core_web_sm splits "Guinea-Bissau" into three tokens and often tags only the first
as a place ("Police in Guinea-Bissau arrested ..." has the entity "Guinea"), which names
another country: the story's party counts then find Guinea, and the unnamed actors of a
Guinea-Bissau story were coded GIN. Likewise "Timor-Leste" as "Timor". An entity directly
followed by a hyphen and a word, with no space on either side of the hyphen, becomes the
joined name (a place, GPE) when the joined text is a country the actor lexicon knows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup_any
from schemas import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def join_hyphenated_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each country name cut at its hyphen joined back; an entity the
    joined name now covers (the second half tagged on its own) is dropped."""
    joined: list[Entity] = []
    swallowed: set[int] = set()  # token_start of entities a joined name covers
    for ent in entities:
        if ent.token_start in swallowed:
            continue
        name = _joined_country(doc, ent)
        if name is None:
            joined.append(ent)
            continue
        end = ent.token_end + 2
        swallowed.update(e.token_start for e in entities
                         if ent.token_end <= e.token_start < end)
        last = doc[end - 1]
        joined.append(Entity(name, "GPE", ent.start, last.idx + len(last), ent.token_start, end))
    return joined


def _joined_country(doc: Doc, ent: Entity) -> str | None:
    """The country name ``ent`` and the hyphenated word after it spell, if any."""
    i = ent.token_end
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return None
    if not doc[i + 1].is_alpha:
        return None
    name = f"{ent.text}-{doc[i + 1].text}"
    return name if country_named(lookup_any(name)) else None
