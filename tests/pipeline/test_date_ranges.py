"""A span of years dates a background event to its first year, never to the report's day."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import resolve_date

PUBLISHED = date(2018, 7, 9)


@pytest.mark.parametrize(("text", "year"), [
    ("The border war of 1998-2000 killed 80,000 people.", "1998"),
    ("He was suspended five times during the 2002-03 season.", "2002"),
    ("From 2002 to 2005 the army fought the rebels.", "2002"),
    ("Between 1990 and 1995, 200 people were killed.", "1990"),
])
def test_a_year_range_is_a_year_precision_background_date(text: str, year: str) -> None:
    got = resolve_date(text, published=PUBLISHED)
    assert got is not None
    assert (got.date, got.precision) == (f"{year}-01-01", "year")


def test_number_ranges_are_no_years() -> None:
    got = resolve_date("Police said 1,200-1,500 people marched on Monday.", published=PUBLISHED)
    assert got is not None and got.precision == "day"
    assert resolve_date("The final score was 20-25.", published=PUBLISHED) is None
