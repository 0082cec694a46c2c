"""A divided country's half by its compass word: "the North", "the South".

"The North fired another missile", "the South's complaint": a story about a divided
pair of states ("North Korea", "South Sudan") names the half by the compass word alone
once it has named it in full, and the word, a capitalised common noun, is no name the
lexicon knows: the act was coded with no doer, or dropped. The half is the country the
story has named in full with that word before it; a story that names none so far ("the
North of England", "the south of the country") has no such half: a reader takes "the
South" from what came before, so "the South voted" is not South Africa named only later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup
from pipeline.doc_views import doc_ents
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def compass_country(tok: Token) -> str | None:
    """The country "the North" or "the South" stands for: the one the story has named
    with that word before ``tok`` ("North Korea"), if ``tok`` is such a bare half (capitalised, with
    "the", heading its own phrase, not "the North of England")."""
    if tok.lower_ not in word_class("compass_halves") or not tok.text[:1].isupper() or \
            tok.dep_ == "compound" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("prep", "compound", "amod") for c in tok.children):
        return None
    prefix = tok.text.title() + " "
    for ent in doc_ents(tok.doc):
        if ent.start >= tok.i:
            break  # entities come in order: the rest are named after the half
        if ent.text.startswith(prefix) and (code := country_named(lookup(ent.text))):
            return code
    return None
