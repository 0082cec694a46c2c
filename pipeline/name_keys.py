"""Lookup keys of place and actor names (``pipeline.gazetteer``): "the Hague's" and
"Hague" are one key, accents and case aside; abbreviations keep their case ("US", not
the pronoun "us")."""

from __future__ import annotations

import re
import unicodedata

#: Leading articles a lookup key drops ("the Hague" is "hague").
ARTICLES = ("the ", "a ")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_EDGE_PUNCT = " \t\n.,;:!?\"“”()[]{}"


def _strip_accents(text: str) -> str:
    if text.isascii():  # fast path: most names, and every key built at load time
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lookup key: accents stripped, case-folded, no leading article or possessive."""
    key = _strip_accents(text).strip(_EDGE_PUNCT).casefold()
    key = _POSSESSIVE.sub("", key).strip(_EDGE_PUNCT)
    for article in ARTICLES:
        if key.startswith(article):
            key = key[len(article):]
            break
    key = key.replace("’", "'").replace("-", " ")
    return " ".join(key.split())


def exact_key(text: str) -> str:
    """Case-sensitive key for abbreviations: only strip edges and possessive."""
    key = text.strip(_EDGE_PUNCT)
    if key[:4].lower() == "the ":
        key = key[4:]
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return key.strip(_EDGE_PUNCT).rstrip(".")


_NON_LATIN = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2019]")


def is_latin(text: str) -> bool:
    return _NON_LATIN.search(text) is None
