"""Names news still uses beside the ISO short names resolve to their countries: "East
Timor" (Timor-Leste), "Cape Verde" (Cabo Verde), "DPRK" (North Korea), "Swaziland"
(Eswatini), "Macau" (Macao). Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("East Timor expelled two Indonesian diplomats on Monday.", ("TLS", "IDN")),
    ("Cape Verde expelled two Colombian diplomats on Monday.", ("CPV", "COL")),
    ("The DPRK fired two missiles toward Japan on Tuesday.", ("PRK", "JPN")),
    ("Swaziland expelled two South African diplomats on Monday.", ("SWZ", "ZAF")),
    ("Macau police detained two Hong Kong activists on Monday.", ("MAC", "HKG")),
])
def test_a_variant_name_is_its_country(code_text: Callable[..., ExtractedArticle], text: str,
                                        want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events
