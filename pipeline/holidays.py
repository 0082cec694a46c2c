"""Days named by a fixed-date holiday ("crashed on Christmas Day", "cut supplies on New
Year's Day"): a calendar day like "December 25", in the year nearest the publication date.
Read by ``pipeline.dates``; the names live in ``pipeline/data/holidays.toml``.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

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
    """(start, end, day) of every fixed-date holiday ``text`` names, in the year that
    puts it nearest ``anchor`` (the publication day): "from New Year's Day" in a
    December 28 report is the coming January 1, "on Christmas Day" in a January 2
    report the last December 25."""
    rx, days = _holidays()
    out: list[tuple[int, int, date]] = []
    for m in rx.finditer(text):
        month, day = days[" ".join(m.group(0).lower().replace("’", "'").split())]
        near = min((date(anchor.year + k, month, day) for k in (-1, 0, 1)),
                   key=lambda d: abs((d - anchor).days))
        out.append((m.start(), m.end(), near))
    return out
