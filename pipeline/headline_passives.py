"""Headline passives: headline-ese drops "were" and "was", so "26 hunters freed in
Iraq", "suspect charged with attempted murder" and "asylum granted to his family" are
passive clauses that report the news, not reduced relatives describing a noun (in body
text, "citizens held in Russia" only says where the people are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


#: ``Doc.user_data`` key of the headline's end (a character offset; set by
#: ``pipeline.extract``, 0 or absent without a headline).
TITLE_END = "newswire_title_end"


def on_title_line(tok: Token) -> bool:
    """The token is in the article's headline."""
    return tok.idx < tok.doc.user_data.get(TITLE_END, 0)


def headline_participle(tok: Token) -> bool:
    """A past participle modifying a noun in the headline ("hunters freed in Iraq") is
    the headline's passive verb, unless the noun is the object of the headline's own
    verb ("Iran frees sailors held overnight": the sailors' state, told by the freeing)."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and \
        tok.head.dep_ not in ("dobj", "obj") and on_title_line(tok)
