"""Whose a titled person is by the body the title names.

"Guards commander Hossein Salami", "Coalition spokesman Colonel Turki al-Maliki",
"Police chief Leon Charles": the title names a body and no country. News names a body's
country once ("Iran's Revolutionary Guards", "the Saudi-led coalition", "Haitian
police") and then leaves it out, so the person belongs to the country the story gave the
body when it named it before; the story's focus country, or the side whose forces were
named before, would be a guess (it made an Iranian commander American).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from pipeline.actor_lexicon import Entry

#: Kinds of lexicon entries that give a body its country.
COUNTRY_KINDS = frozenset({"country", "metonym", "group"})


def title_bodies(ent: Span) -> list[Token]:
    """The body words of a person's title: nouns before the name, of the closed class
    ``titled_bodies``, that qualify a title word rather than the name itself ("Guards" of
    "Guards commander X"; not "commander")."""
    bodies = word_class("titled_bodies")
    return [t for t in ent.doc[ent.root.left_edge.i:ent.start]
            if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in bodies or
                                                t.lower_ in bodies)
            and t.head.i < ent.start and t.head.i != t.i]


def title_body_country(ent: Span, context_of: Callable[[Token], Entry | None]
                       ) -> str | None:
    """The one country the story gave the bodies of a person's title when it named them
    before the person (``context_of``: the country a mention's modifiers give it)."""
    found: set[str] = set()
    for body in title_bodies(ent):
        words = {body.lemma_.lower(), body.lower_}
        for t in ent.doc[:body.left_edge.i]:
            if t.pos_ not in ("NOUN", "PROPN") or not words & {t.lemma_.lower(), t.lower_}:
                continue
            code = named_country(t, context_of(t))
            if code is not None:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def named_country(tok: Token, context: Entry | None) -> str | None:
    """The country an earlier mention of a body gives it: a listed name ending at it
    ("Revolutionary Guards"), else its modifiers' country (``context``)."""
    doc = tok.doc
    for i in range(max(tok.left_edge.i, tok.i - 3), tok.i):
        e = lookup(doc[i:tok.i + 1].text)
        if e is not None and e.kind in COUNTRY_KINDS and e.country:
            return e.country
    if context is not None and context.kind in COUNTRY_KINDS and context.country:
        return context.country
    return None
