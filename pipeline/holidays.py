"""Days named by a fixed-date holiday ("crashed on Christmas Day", "cut supplies on New
Year's Day"): a calendar day like "December 25", the coming one when it is near the
publication date, else the last one.
Read by ``pipeline.dates``; the names live in ``pipeline/data/holidays.toml``.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from pipeline.date_patterns import FUTURE_SLACK

DATA = Path(__file__).parent / "data" / "holidays.toml"


@cache
def _holidays() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    days = {" ".join(name.lower().replace("’", "'").split()): (int(md[0]), int(md[1]))
            for name, md in raw.items()}
    names = "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+")
                     for n in sorted(days, key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE), days


def holidays_named(text: str, anchor: date) -> list[tuple[int, int, date]]:
    """(start, end, day) of every fixed-date holiday ``text`` names (``_occurrence``
    relative to ``anchor``, the publication day): "from New Year's Day" in a December 28
    report is the coming January 1, "on Christmas Day" in a January 2 report the last
    December 25."""
    rx, days = _holidays()
    out: list[tuple[int, int, date]] = []
    for m in rx.finditer(text):
        month, day = days[" ".join(m.group(0).lower().replace("’", "'").split())]
        out.append((m.start(), m.end(), _occurrence(month, day, anchor)))
    return out


def _occurrence(month: int, day: int, anchor: date) -> date:
    """The coming occurrence when it is near (within ``FUTURE_SLACK``, as "on December
    25" is read: "from New Year's Day" in a December 28 report), else the last one ("on
    Christmas Day" in a June report is last December's, not next)."""
    coming = date(anchor.year, month, day)
    if coming < anchor:
        coming = date(anchor.year + 1, month, day)
    if coming - anchor <= FUTURE_SLACK:
        return coming
    return date(coming.year - 1, month, day)
