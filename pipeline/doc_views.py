"""Read-only views of a parsed ``Doc`` that spaCy recomputes on every access.

``Doc.ents`` and ``Span.ents`` build their spans anew from the token table each time, and
``Doc.text`` and ``Span.text`` join every token: the coder asks for a sentence's entities
once per trigger and per actor, which made entity lookups a fifth of the extract time of a 700-word
article. The extract stage never changes a doc after ``to_doc`` built it, so the entities
(and the text, and the sentence starts) are read once per doc and kept in
``doc.user_data``; ``forget_views`` drops them when the article is coded (the cached
spans refer back to the doc, a cycle only the garbage collector would free).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_ENTS = "newswire.ents"
_TEXT = "newswire.text"
_STARTS = "newswire.sentence_starts"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once per doc."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        cached = doc.user_data[_ENTS] = tuple(doc.ents)
    return cached


def span_ents(span: Doc | Span) -> list[Span]:
    """``span.ents`` (the doc's entities wholly inside the span, in order), from the cache."""
    if isinstance(span, Doc):
        return list(doc_ents(span))
    start, end = span.start, span.end
    return [e for e in doc_ents(span.doc) if e.start >= start and e.end <= end]


def ent_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of (None outside every entity), from the cache."""
    i = tok.i
    return next((e for e in doc_ents(tok.doc) if e.start <= i < e.end), None)


def entity_text(tok: Token) -> str:
    """The text of the named entity ``tok`` is part of, else its own: the whole name to
    look a place or a party up by ("Cape Verde", not "Verde")."""
    ent = ent_at(tok)
    return ent.text if ent is not None else tok.text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return cached


def span_text(span: Span) -> str:
    """``span.text``, sliced from the doc's cached text: spaCy joins the span's tokens
    anew on every access (~0.1 ms for a sentence), and the date rules read a sentence's
    text many times per trigger. Equal because a token's trailing whitespace is at most
    the one space ``Span.text`` drops after its last token."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token index of every sentence, computed once per doc."""
    cached: list[int] | None = doc.user_data.get(_STARTS)
    if cached is None:
        cached = doc.user_data[_STARTS] = [s.start for s in doc.sents]
    return cached


def forget_views(doc: Doc) -> None:
    """Drop the cached views (call once the doc is no longer read)."""
    doc.user_data.pop(_ENTS, None)
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_STARTS, None)
