"""The model's rule lemmatizer, with every answer cached.

Why: spaCy's rule lemmatizer caches only the lemmas its suffix rules find; proper nouns,
punctuation, determiners and base forms take an uncached path through three table
lookups and a morphology dict on every token, so the lemmatizer cost about as much per
article as the tagger and the attribute step together (issue 3). Its answer is a function
of the token's text, POS and morphology alone (the English ``is_base_form`` reads only
those, the tables never change), so this component asks the model's lemmatizer once per
(text, POS, morphology) and reuses the answer. It lemmatizes the same tokens the
lemmatizer would (those without a lemma yet, unless the lemmatizer overwrites) and with
the same function, so the lemmas are the lemmatizer's.
tests/pipeline/test_lemma_cache.py checks them against it.

A miss still costs the lemmatizer's time, and that was most of its cost on new text: the
English tables keep each part of speech's known words (``lemma_index``) as a list, and the
suffix rules test candidate forms against it with ``in`` - a scan of up to ~65,000 words,
~200 µs a word never seen before (35 ms of a 700-word article's first parse). The lists are
given set membership (same words, same answers), so a miss costs a few microseconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.bounded_cache import BoundedCache
from pipeline.pipe_swap import swap_pipe

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEMMATIZER = "lemmatizer"
FACTORY = "cached_lemmatizer"


class CachedLemmatizer:
    """Runs a spaCy rule ``Lemmatizer``'s ``lemmatize`` once per (text, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.mode != "rule":
            raise ValueError(f"only a rule lemmatizer is cached, not {lemmatizer.mode!r}")
        self.source = lemmatizer  # kept so the tests can run the original beside the cache
        _index_by_set(lemmatizer)
        # keyed by token text: bounded, as a long-running worker meets new words
        self._cache: BoundedCache[tuple[int, int, int], int] = BoundedCache()

    def __call__(self, doc: Doc) -> Doc:
        source = self.source
        if not source._validated:  # as the lemmatizer does before its first doc
            from spacy.errors import Errors

            source._validate_tables(Errors.E1004)
        overwrite = source.overwrite
        strings = doc.vocab.strings
        cache = self._cache
        for token in doc:
            if not overwrite and token.lemma != 0:
                continue
            key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(source.lemmatize(token)[0])
            token.lemma = lemma
        return doc


class _IndexList(list[str]):
    """A ``lemma_index`` word list that answers ``in`` from a set of its words."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_by_set(lemmatizer: Any) -> None:
    """Give each of the lemmatizer's ``lemma_index`` lists set membership, in place."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexList):
            table[key] = _IndexList(words)


def _make_cache(nlp: Language, name: str, source: str) -> CachedLemmatizer:
    """spaCy factory: the cache of the pipeline's lemmatizer named ``source``."""
    return CachedLemmatizer(nlp.get_pipe(source))


def cache_lemmatizer(nlp: Language) -> Language:
    """Swap the model's rule lemmatizer for a CachedLemmatizer around it (a pipeline
    without one, or with another mode, is left alone)."""
    if LEMMATIZER not in nlp.pipe_names:
        return nlp
    lemmatizer: Any = nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) != "rule":
        return nlp
    return swap_pipe(nlp, LEMMATIZER, FACTORY, _make_cache)
