"""The verbs of a speaker's own statement (``data/statement_verbs.toml``)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "statement_verbs.toml"


@cache
def statement_verbs() -> frozenset[str]:
    """Lemmas of verbs by which a speaker states, asks, blames or promises."""
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in raw["verbs"])
