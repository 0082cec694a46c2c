"""Closed classes of content words (``pipeline/data/word_classes.toml``).

Rules match these either against lemmas (``"embassy"``) or against the last surface word
of an actor's text (``"embassies"``, ``"gunmen"``), so a class holds each singular and its
regular plural; one list per class keeps the rules that share a class in step.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

DATA = Path(__file__).parent / "data" / "word_classes.toml"


def plural(word: str) -> str:
    """The regular English plural of a singular noun ("embassy" -> "embassies",
    "gunman" -> "gunmen", "police" -> "police")."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word == "police":  # no plural form of its own
        return word
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@cache
def _classes() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {name: frozenset(words) | frozenset(plural(w) for w in words)
            for name, words in raw.items()}


def word_class(name: str) -> frozenset[str]:
    """The words of class ``name`` with their plurals; an unknown name is a bug in the
    caller and fails loudly."""
    try:
        return _classes()[name]
    except KeyError:
        raise KeyError(f"no word class {name!r} in {DATA.name}") from None


def ends_in_word(text: str, words: Iterable[str]) -> bool:
    """Whether an actor's ``text`` ends in one of ``words`` (lowered, multi-word ones
    too) as whole words: "Kyrgyz border guards" and "Police" end in a guard word, while
    "the Metropolitan Policeman" ends in no "police"; rules read an actor's kind from
    the last words of its text."""
    text = text.lower().rstrip()
    return any(text == w or text.endswith(" " + w) for w in words)
