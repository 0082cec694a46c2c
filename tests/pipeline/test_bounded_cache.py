"""The per-token caches of the parse and the rules (attribute verdicts, lemmas, lowered
lemmas) are bounded: a long-running worker meets an open vocabulary, so each starts over
once full, and a hit is a plain dict lookup."""

from __future__ import annotations

from typing import Any

from pipeline.bounded_cache import CACHE_LIMIT, BoundedCache


def test_a_cache_keeps_what_it_was_told_until_full() -> None:
    cache: BoundedCache[str, int] = BoundedCache(limit=3)
    cache["a"] = 1
    cache["b"] = 2
    cache["c"] = 3
    assert cache == {"a": 1, "b": 2, "c": 3}
    assert cache.get("b") == 2 and cache.get("z") is None


def test_a_full_cache_starts_over_with_the_new_answer() -> None:
    cache: BoundedCache[str, int] = BoundedCache(limit=2)
    cache["a"] = 1
    cache["b"] = 2
    first = cache["c"] = 3
    assert first == 3 and cache == {"c": 3}


def test_a_full_cache_keeps_its_answers_when_one_is_restated() -> None:
    cache: BoundedCache[str, int] = BoundedCache(limit=2)
    cache["a"] = 1
    cache["b"] = 2
    cache["b"] = 5
    assert cache == {"a": 1, "b": 5}


def test_the_pipelines_caches_share_one_bound(nlp: Any) -> None:
    from pipeline.trigger_lexicon import _LOWER_LEMMAS

    for name in ("attribute_table", "cached_lemmatizer"):
        cache = nlp.get_pipe(name)._cache
        assert isinstance(cache, BoundedCache) and cache.limit == CACHE_LIMIT
    assert isinstance(_LOWER_LEMMAS, BoundedCache) and _LOWER_LEMMAS.limit == CACHE_LIMIT
