"""Place names the parser's entity tagger misses: "captured Goma", "took Aleppo" (tagged
as a person or an organisation), known to the gazetteer as a town or city."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import _fold, _subdivisions, lookup, place_country

if TYPE_CHECKING:
    from spacy.tokens import Token


def named_town(tok: Token) -> bool:
    """Whether a proper noun names a town or city: a place the gazetteer knows that is
    no country and no first-level subdivision ("took Florida" is an election's)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "DATE":
        return False
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    text = " ".join(w.text for w in words)
    entry = lookup(text)
    if entry is not None and entry.kind != "capital":
        return False  # a country, a body, a people: "seized Kuwait" is tagged GPE anyway
    if _fold(text) in _subdivisions():
        return False
    return place_country(text) is not None
