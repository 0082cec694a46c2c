"""A memo of per-token answers that a long-running worker cannot grow without bound.

Why: the caches of the parse and of the rules (attribute verdicts, lemmas, lowered
lemmas) are keyed by token values, and a worker meets an open vocabulary; each forgets
everything once it holds ``limit`` entries (a rare refill is cheaper than an eviction
order kept on every hit). It is a plain dict, so a hit stays one C-level ``get``; only
storing a new answer pays for the bound.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["CACHE_LIMIT", "BoundedCache"]

#: How many answers a cache holds before it starts over.
CACHE_LIMIT = 200_000

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(dict[K, V]):
    """A dict cleared when a new key would take it past ``limit`` entries."""

    __slots__ = ("limit",)

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: K, value: V) -> None:
        if len(self) >= self.limit and key not in self:
            self.clear()
        super().__setitem__(key, value)
