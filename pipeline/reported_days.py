"""The day of an act reported in the past perfect under a dated verb of reporting.

"The ministry said on Sunday that 23 soldiers had been killed" after a lead that told
of Saturday's fighting: the day on "said" is when the report came, and the past perfect
under it looks back to the day the story was already telling, so the killing keeps that
earlier day and the report's day does not become the narrative's. And the day a report
names is what a reported "the previous day" counts from ("the ministry summoned the envoy
the previous day, a spokesman said on Friday").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pipeline import dates
from pipeline.clause_date_ranks import GOVERNING
from pipeline.date_syntax import dated_verb, is_reporting, perfect, phrase_words
from pipeline.doc_views import span_text
from pipeline.event_places import clause_verb

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from pipeline.dates import DateResolution

#: How many days before the report the story's day may lie and still be what the
#: report looks back to; further back it is background the report does not reach.
_REACH = 3


def _reporting_verb(sent: Span, res: DateResolution) -> Token | None:
    """The verb of reporting ``res``'s date phrase hangs on where it stands in ``sent``
    ("said on Sunday", "told reporters on Monday"), if it hangs on one."""
    span = phrase_words(sent, res)
    if span is None:
        return None
    # "said on Sunday", "said in a statement on Sunday": the verb heading the clause
    head = clause_verb(span.root.head)
    if not is_reporting(head) or span.start < head.i:
        # "On Thursday, the minister said the train had been suspended": a day fronted
        # before the report sets the scene for all the sentence tells
        return None
    return head


def reported_look_back(sent: Span, tok: Token, res: DateResolution, day: date,
                       before: date | None) -> date | None:
    """``before`` (the narrative's day as ``sent`` began) for an event ``tok`` told in
    the past perfect under a verb of reporting that the date phrase ``res`` (giving
    ``day``) dates, when ``before`` lies a little before that day; else None."""
    if before is None or not 0 < (day - before).days <= _REACH or \
            not perfect(clause_verb(tok)):
        # the trigger's own verb in the past perfect: "said on Tuesday that 749 people
        # had been arrested, and accused them of vandalism" accuses on Tuesday
        return None
    verb = _reporting_verb(sent, res)
    if verb is None or clause_verb(tok) == verb or verb not in tok.ancestors:
        return None
    return before


def report_day(sent: Span, rank: Callable[[int, int], int | None],
               published: date | None) -> date | None:
    """The day a verb of reporting that governs the trigger's clause names ("the ministry
    summoned the envoy the previous day, a spokesman said on Friday"), if one does: a
    reported "the previous day" or "a day earlier" counts from when it was said (the
    speaker's "yesterday"), not from the day the story last told. ``rank`` is the
    trigger's ``clause_ranker``, built once by the caller."""
    def reports(start: int, end: int) -> int | None:
        if rank(start, end) != GOVERNING:
            return None
        span = sent.char_span(start, end, alignment_mode="expand")
        verb = dated_verb(span) if span is not None and len(span) else None
        return GOVERNING if verb is not None and is_reporting(verb) else None

    # no catch-all of its own: event_date calls it inside the one that guards its dates
    res = dates.resolve_date(span_text(sent), published=published, clause_rank=reports)
    if res is None or res.precision != "day" or \
            (published is not None and res.date > published.isoformat()):
        return None
    return date.fromisoformat(res.date)
