"""A statement is never dated after the report that tells it.

"The army urged residents to leave, and said it would step up attacks from Sunday",
"Zelensky said he would join a G7 call on Tuesday and had asked for air defence",
"said on Thursday that the pilot would be released the next day": a request, threat,
promise, accusation, rejection or endorsement is made by the time it is reported, so a
day still to come in its sentence is the day of the act it asks for or promises, never
its own. Such a phrase is judged in its sentence ("would ... on Sunday" points ahead),
not alone, where a bare weekday always reads as the last one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pipeline import dates
from pipeline.statement_days import STATEMENT_TYPES

#: Types whose act is a statement made by the time it is reported; an agreement or
#: offer is made when announced, whenever what it promises happens.
SAID_TYPES = STATEMENT_TYPES | {"AGREE"}


def _ahead_in(text: str, start: int, end: int, published: date) -> bool:
    """Whether the date phrase at ``start:end`` of ``text``, read in its sentence, names
    a day after ``published``."""
    try:
        res = dates.resolve_date(text, published=published, near=start)
    except Exception:  # a date bug must not lose the event
        return False
    if res is None or text.find(res.text, start, end + 1) < 0:
        return False
    return res.date > published.isoformat()


def statement_ranker(rank: Callable[[int, int], int | None], text: str, kind: str | None,
                     published: date | None) -> Callable[[int, int], int | None]:
    """``rank`` (a date phrase's offsets -> rank, or None when it cannot date the event),
    refusing, for an event of a statement type ``kind``, a phrase naming a day to come."""
    if kind not in SAID_TYPES or published is None:
        return rank
    day = published

    def ranked(start: int, end: int) -> int | None:
        return None if _ahead_in(text, start, end, day) else rank(start, end)

    return ranked
