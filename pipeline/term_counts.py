"""Terms of one unit written with "a": "a year and a half", "banned for a year", "gave the
envoy a week to leave".

No number stands in these phrases, so the number patterns of ``pipeline.quantities`` never
see them. Each pattern here gives one value for its unit; the words that keep a phrase from
being a term (it places an event in time, or it is part of a longer phrase) are in
``pipeline/data/quantities.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.counted_nouns import alternation
from pipeline.quantity_cues import ends_before
from schemas import Quantity

__all__ = ["term_counts"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], float], ...]:
    # "a year and a half": 1.5 units, unless it places the event in time ("a year and a
    # half ago", "an hour and a half after midnight") rather than lasting that long
    a_and_half = re.compile(
        r"\b(?:a|an|one)\s+(?P<term>year|month|week|day|hour)\s+and\s+a\s+half\b"
        rf"(?!\s+(?:{alternation('term_placing_after')})\b)", re.IGNORECASE)
    # "within a month", "banned for a year": a term of one unit (not "for a year-end
    # review", "a day's pay", "a day of mourning", "a year and a half" (read above),
    # "a year or two" (no figure), "for a day after the war" (a moment, not a term))
    for_a_term = re.compile(
        r"\b(?:for|within)\s+a\s+(?P<term>year|month|week|day)\b"
        rf"(?![-'’]|\s+(?:of|{alternation('term_not_before')})\b|"
        rf"(?<=day)\s+(?:{alternation('day_not_before')})\b)", re.IGNORECASE)
    # "sentenced to a year in prison", "gave the envoy a week to leave"
    a_term = re.compile(
        r"\ba\s+(?P<term>year|month|week)\s+(?:in\s+(?:prison|jail|detention)|"
        r"behind\s+bars|to\s+(?:leave|withdraw|quit|depart|comply|respond|"
        r"vacate|pull\s+out))\b", re.IGNORECASE)
    return ((a_and_half, 1.5), (for_a_term, 1.0), (a_term, 1.0))


@lru_cache(maxsize=1)
def _ranked_before() -> re.Pattern[str]:
    # "the worst attack for a year", "the first such strike in the region for a year":
    # after a superlative or an ordinal, "for a year" means "in a year", no term
    return re.compile(rf"\b(?:{alternation('ranking_words')})\b(?:\s+[\w'’-]+){{0,6}}\s+$",
                      re.IGNORECASE)


def term_counts(text: str) -> list[tuple[int, Quantity]]:
    """Each term of one (or one and a half) unit in ``text``, with its offset."""
    out: list[tuple[int, Quantity]] = []
    for rx, value in _patterns():
        for m in rx.finditer(text):
            if m.group(0).lower().startswith("for") and \
                    ends_before(_ranked_before(), text, m.start()):
                continue
            out.append((m.start(), Quantity(value=value, unit=m.group("term").lower(),
                                            qualifier="exact", text=m.group(0).strip())))
    return out
