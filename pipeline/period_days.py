"""The day of an event dated only by a period ("last week", "earlier this week", "in
May"), when the story names a day inside that period.

A period phrase resolves to its first day with a coarse precision, which is never the
event's day: "Israel last week recalled its ambassadors after they announced the plan on
May 22" recalls them on May 22, and "Russia had said earlier this week that ..." after a
lead about Tuesday's attack says it on Tuesday. So a period gives way to the latest day,
within it and not after publication, that the sentence names, else that the story's recent
sentences named. With no such day the coarse date stands (a period alone gives no day). The
day is a guess inside the period, so it keeps the period's precision. Split from
``pipeline.event_dates``, which uses it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta

from pipeline.dates import DateResolution

#: Week phrases ("last week", "earlier this week", "the past week") and whether the
#: week is the one before publication's.
_LAST_WEEK = re.compile(r"\b(?:last|previous)\s+week\b|\bweek\s+before\b", re.IGNORECASE)
_PAST_WEEK = re.compile(r"\bpast\s+week\b", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\b(?:this|earlier\s+in\s+the)\s+week\b", re.IGNORECASE)
#: "next week", "later this week", "the coming month": a period still to come.
_AHEAD = re.compile(r"\b(?:next|coming|later)\b", re.IGNORECASE)
_WEEK = re.compile(r"\bweek\b", re.IGNORECASE)
#: "earlier this week": a day of the week before the day of publication.
_EARLIER = re.compile(r"\bearlier\b", re.IGNORECASE)


def _span(res: DateResolution, published: date) -> tuple[date, date] | None:
    """The first and last day of the period ``res`` names, or None for one still to
    come or one the phrase does not say."""
    if _AHEAD.search(res.text):
        return None  # "next week", "later this week": a plan, not a day told
    if _LAST_WEEK.search(res.text):
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if _PAST_WEEK.search(res.text):
        return published - timedelta(days=7), published
    if _THIS_WEEK.search(res.text):
        end = published - timedelta(days=1) if _EARLIER.search(res.text) else published
        return published - timedelta(days=published.weekday()), end
    if _WEEK.search(res.text):
        return None  # "the week before": no week this phrase names
    first = date.fromisoformat(res.date)
    if res.precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return first, last
    if res.precision == "year":
        return first, first.replace(month=12, day=31)
    return None


def day_in_period(res: DateResolution, published: date | None, own: Iterable[date],
                  story: Iterable[date] = ()) -> date | None:
    """The latest of the days the sentence names (``own``), else of those the story
    named (``story``), inside the period ``res`` (a coarse date) names and not after
    ``published``; None when none is, or ``res`` is a day: "announced $20 million this
    week, and an aircraft landed on Thursday" tells its own day."""
    if res.precision == "day" or published is None:
        return None
    span = _span(res, published)
    if span is None:
        return None
    start, end = span[0], min(span[1], published)
    for days in (own, story):
        inside = max((d for d in days if start <= d <= end), default=None)
        if inside is not None:
            return inside
    return None
