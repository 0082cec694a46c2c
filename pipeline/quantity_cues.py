"""Word cues around a number that decide how ``pipeline.quantities`` reads it: "N times"
as occurrences or a multiplier, and an expulsion that counts the one person it removes.

The words are in ``pipeline/data/quantities.json``; the patterns are built once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.counted_nouns import alternation

__all__ = ["ends_before", "expulsion_cues", "growth_before", "times_after", "twice"]

#: How far before a figure the cue words read there may start. The longest cue (a ranking
#: word and six more, "the worst such attack on the capital for a year") is far shorter;
#: the bound keeps reading every figure of a long text linear, where a search from the
#: text's start for each figure was quadratic.
CUE_WINDOW = 200


def ends_before(rx: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``rx``, a pattern anchored with ``$``, matched by the words right before offset
    ``end`` of ``text`` ("more than " before "twice"); ``\\b`` still sees the character
    before the window."""
    return rx.search(text, max(0, end - CUE_WINDOW), end)


@lru_cache(maxsize=1)
def expulsion_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"expelled a Russian diplomat", "a journalist was deported": an expulsion counts the
    person it removes, only as its object ("a diplomat said ... expulsions" counts none).
    Verbs and auxiliaries are in quantities.json."""
    verbs, aux = alternation("expel_verbs"), alternation("passive_auxiliaries")
    return (re.compile(rf"\b(?:{verbs})\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?:{aux})\s+(?:{verbs})\b", re.IGNORECASE))


def _not_multiplier(words: str, comparative: str = "[a-z]+er") -> str:
    """A lookahead refusing what makes "N times" or "twice" a multiplier or a frequency:
    one of ``words``, a comparative ("four times higher") or a possessive ("two times
    Russia's")."""
    return rf"(?!\s+(?:{words}|{comparative}|[A-Za-z]+['’]s)\b)"


@lru_cache(maxsize=1)
def times_after() -> re.Pattern[str]:
    """"four times": occurrences, not a multiplier or a frequency ("three times as many",
    "four times higher", "two times Russia's", "four times a day"; words in quantities.json)."""
    return re.compile(rf"\s+times\b{_not_multiplier(alternation('times_not_before'))}",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def growth_before() -> re.Pattern[str]:
    """"grew three times", "up three times": a factor of change, no count of occurrences."""
    # "rose nearly twice": one adverb may come between
    return re.compile(rf"\b(?:{alternation('growth_words')})\s+"
                      r"(?:(?:almost|nearly|about|roughly|some)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def twice() -> re.Pattern[str]:
    """"entered the airspace twice", "has twice claimed": two occurrences, like "two times";
    not a multiplier or a frequency ("twice as many", "twice a week", "twice-weekly"; the
    words of "N times"), nor "think twice"."""
    # ("twice over the weekend" is a span, "paid twice over" a multiplier)
    words = alternation("times_not_before", "twice_not_before", without=frozenset({"over"}))
    words += r"|over(?!\s+(?:the|a|an|last|past|several)\b)"
    # (not "over" as a comparative: the word has its own reading above)
    after = _not_multiplier(words, comparative="(?!over)[a-z]+er")
    # "once or twice" is vague
    return re.compile(rf"(?<!once\sor\s)(?<!think\s)(?<!thinks\s)(?<!thought\s)(?<!thinking\s)"
                      rf"\b(?P<word>twice|thrice)\b(?!-){after}", re.IGNORECASE)
