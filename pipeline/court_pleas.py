"""A plea in court ("pleaded not guilty", "pleaded guilty to two counts") is the accused's
answer to the charges, not an appeal: "plead" is a REQUEST only where someone pleads for
something or with someone ("pleaded for calm", "pleaded with the army to release him").
A plea of not guilty (or innocent) rejects the charges (PLOVER REJECT); a guilty plea is
no demand and is left uncoded."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.modality import is_negated
from pipeline.syntax import has_neg

VERDICT_WORDS = frozenset({"guilty", "innocent"})


def _verdict_word(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod", "attr")
                 and c.lower_ in VERDICT_WORDS), None)


def court_plea(tok: Token) -> bool:
    """Whether ``tok`` is "plead" with a verdict as its complement."""
    return tok.lemma_.lower() == "plead" and _verdict_word(tok) is not None


def denies_charges(tok: Token) -> bool:
    """Whether the plea of ``tok`` (a court plea) is one of not guilty or innocent; a plea
    negated on the verb ("did not plead guilty") is none."""
    word = _verdict_word(tok)
    if word is None or is_negated(tok):
        return False
    return word.lower_ == "innocent" or has_neg(word)
