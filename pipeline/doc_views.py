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

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from collections.abc import Iterable

_ENTS = "newswire.ents"
_ENT_STARTS = "newswire.ent_starts"
_TEXT = "newswire.text"
_STARTS = "newswire.sentence_starts"
_WORDS_AT = "newswire.word_positions"
_LEMMAS_AT = "newswire.lemma_positions"
_SURNAMES = "newswire.surnames"
_VIEWS = (_ENTS, _ENT_STARTS, _TEXT, _STARTS, _WORDS_AT, _LEMMAS_AT, _SURNAMES)
_POSSESSIVES = ("\u2019s", "'s")


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once per doc."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        cached = doc.user_data[_ENTS] = tuple(doc.ents)
    return cached


def _ent_starts(doc: Doc) -> list[int]:
    """The first token of each of ``doc_ents``: the entities are in order and never
    overlap, so a span's entities are found by bisection, not by a scan of the article's
    (the scan per sentence made a long article's extract grow with its square)."""
    cached: list[int] | None = doc.user_data.get(_ENT_STARTS)
    if cached is None:
        cached = doc.user_data[_ENT_STARTS] = [e.start for e in doc_ents(doc)]
    return cached


def span_ents(span: Doc | Span) -> list[Span]:
    """``span.ents`` (the doc's entities wholly inside the span, in order), from the cache."""
    if isinstance(span, Doc):
        return list(doc_ents(span))
    start, end = span.start, span.end
    ents = doc_ents(span.doc)
    starts = _ent_starts(span.doc)
    first = bisect_left(starts, start)
    return [e for e in ents[first:bisect_left(starts, end, first)] if e.end <= end]


def ent_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of (None outside every entity), from the cache."""
    i = tok.i
    at = bisect_right(_ent_starts(tok.doc), i) - 1
    if at < 0:
        return None
    ent = doc_ents(tok.doc)[at]
    return ent if i < ent.end else None


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


def earlier_words(doc: Doc, word: str, before: int) -> list[int]:
    """The indices of the tokens before token ``before`` whose text is ``word``
    (casefolded), in order. The anaphora rules look back through the whole story for an
    earlier mention; token by token, that made a long article's extract grow with its
    square (a 200,000-character article took minutes)."""
    return _before(_positions(doc, _WORDS_AT), word.casefold(), before)


def earlier_lemmas(doc: Doc, lemma: str, before: int) -> list[int]:
    """The indices of the tokens before token ``before`` whose lowercased lemma is
    ``lemma``, in order (as ``earlier_words``)."""
    return _before(_positions(doc, _LEMMAS_AT), lemma, before)


def has_lemma(span: Span, lemmas: Iterable[str]) -> bool:
    """Whether a token of ``span`` has one of ``lemmas`` (lowercased), from the doc's
    lemma index: a rule that asks it of a trigger's sentence looks the words up rather
    than rescanning the sentence on every call."""
    positions = _positions(span.doc, _LEMMAS_AT)
    start, end = span.start, span.end
    return any((found := positions.get(lemma)) and
               bisect_left(found, start) < bisect_left(found, end) for lemma in lemmas)


def _before(positions: dict[str, list[int]], key: str, before: int) -> list[int]:
    found = positions.get(key, [])
    return found[:bisect_left(found, before)]


def _positions(doc: Doc, view: str) -> dict[str, list[int]]:
    """Casefolded word (``_WORDS_AT``) or lowercased lemma (``_LEMMAS_AT``) -> the
    indices of its tokens in order, computed once per doc from the doc's columns."""
    cached: dict[str, list[int]] | None = doc.user_data.get(view)
    if cached is None:
        from spacy.attrs import LEMMA, ORTH

        strings = doc.vocab.strings
        column = doc.to_array(ORTH if view == _WORDS_AT else LEMMA).tolist()
        key = {k: strings[k].casefold() if view == _WORDS_AT else strings[k].lower()
               for k in set(column)}
        positions: dict[str, list[int]] = {}
        for i, k in enumerate(column):
            positions.setdefault(key[k], []).append(i)
        # published only once complete: a reader of the same doc never sees a part
        cached = doc.user_data[view] = positions
    return cached


def named_surname(doc: Doc, name: str) -> bool:
    """Whether a one-word name is the surname of a person the article names in full
    ("Muscat" after "Prime Minister Joseph Muscat"): that person, not a place."""
    found: frozenset[str] | None = doc.user_data.get(_SURNAMES)
    if found is None:
        found = doc.user_data[_SURNAMES] = surnames(
            _bare(e.text) for e in doc_ents(doc) if e.label_ == "PERSON")
    bare = _bare(name)
    return " " not in bare and bare in found


def surnames(person_names: Iterable[str]) -> frozenset[str]:
    """The last words of the full names among ``person_names`` ("Joseph Muscat", "Volker
    Turk"): a bare "Muscat" is that person, not Oman's capital. The caller says which
    names (the model's entities or the coder's) and how they are written."""
    return frozenset(words[-1] for name in person_names if full_name(words := name.split()))


def full_name(words: list[str]) -> bool:
    """Whether a person entity's words are a given name and a surname: more than one
    word, none an acronym ("USS George Washington" is a ship, tagged as a person)."""
    return len(words) > 1 and not any(len(w) > 1 and w.isupper() for w in words)


def _bare(name: str) -> str:
    for mark in _POSSESSIVES:
        name = name.removesuffix(mark)
    return name.strip()


def forget_views(doc: Doc) -> None:
    """Drop the cached views (call once the doc is no longer read)."""
    for view in _VIEWS:
        doc.user_data.pop(view, None)
