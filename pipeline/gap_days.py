"""The day a clause after a gap states itself ("came hours after Israel struck a building
on Tuesday"): news often gives it, and then it beats counting back from the main clause's
day (``date_gaps``), which is off by one whenever the two straddle a midnight. Split from
``pipeline.event_dates``, which uses it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pipeline import dates
from pipeline.doc_views import span_text
from pipeline.event_places import clause_verb

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

#: How many days a clause's stated day may lie from the day its gap counts to: further
#: off, the phrase dates something else the clause names ("rejected the results of
#: Georgia's Oct. 26 election" hours after a late-November announcement).
_GAP_SLACK = 2

#: A verb form used as a word's modifier ("the neighbouring region"), heading no clause.
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def stated_day(sent: Span, tok: Token, start: int, counted: date,
               in_own_clause: Callable[[int, int], bool], *, published: date | None,
               fallback: str | None, previous: date | None) -> dates.DateResolution | None:
    """The day a date phrase past offset ``start`` of ``sent`` (the gap phrase's end)
    gives ``tok``'s event: in its own clause (``in_own_clause``), with no other clause's
    verb between the event and the phrase ("protested against the treatment of deportees who
    had arrived ... on Friday" leaves the day to the nearer verb, however it is parsed),
    and close to the day the gap counts to (``counted``)."""
    doc = sent.doc
    after = max(tok.i, clause_verb(tok).i)

    def rank(s: int, e: int) -> int | None:
        if s < start or not in_own_clause(s, e):
            return None
        span = sent.char_span(s, e, alignment_mode="expand")
        if span is None or any(t.pos_ == "VERB" and t.dep_ not in _MODIFIERS
                               for t in doc[after + 1:span.start]):
            return None
        return 0

    res = dates.resolve_date(span_text(sent), published=published, fallback_text=fallback,
                             near=tok.idx - sent.start_char, previous=previous,
                             clause_rank=rank)
    if res is None or res.precision != "day" or \
            abs((date.fromisoformat(res.date) - counted).days) > _GAP_SLACK:
        return None
    return res
