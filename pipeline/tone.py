"""Article tone, GDELT style: percent positive words minus percent negative words.

GDELT's V1.5Tone/AvgTone is (positive words - negative words) / all words * 100, which
lands roughly in -10..+10 for news. The word lists in ``pipeline/data/tone.json`` were
written for this project (general news vocabulary, exact word forms); a sentiment word
right after a negator ("did not agree", "no progress") counts for the other side.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["tone", "tone_counts"]

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_NEGATORS = frozenset({"not", "no", "never", "without", "nor", "didn't", "don't", "doesn't",
                       "won't", "wouldn't", "isn't", "wasn't", "aren't", "weren't", "cannot",
                       "can't", "hardly", "lack"})
_NEGATION_WINDOW = 2  # words


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(resources.files("pipeline").joinpath("data/tone.json")
                      .read_text(encoding="utf-8"))
    return frozenset(data["positive"]), frozenset(data["negative"])


def tone_counts(text: str) -> tuple[int, int, int]:
    """(positive, negative, total words) after negation handling."""
    positive, negative = _lexicon()
    pos = neg = total = 0
    since_negator = _NEGATION_WINDOW + 1
    for m in _WORD.finditer(text or ""):
        word = m.group(0).lower().replace("’", "'")
        total += 1
        if word in _NEGATORS:
            since_negator = 0
            continue
        since_negator += 1
        negated = since_negator <= _NEGATION_WINDOW
        if word in positive:
            if negated:
                neg += 1
            else:
                pos += 1
        elif word in negative:
            if negated:
                pos += 1
            else:
                neg += 1
    return pos, neg, total


def tone(text: str) -> float:
    """Positive% minus negative% of words, rounded to 2 places; 0.0 for empty text."""
    pos, neg, total = tone_counts(text)
    if total == 0:
        return 0.0
    return round((pos - neg) * 100.0 / total, 2)
