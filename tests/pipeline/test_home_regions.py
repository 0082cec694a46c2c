"""Regions a country's own police and troops act in are that country's, as actors and as
places: "Police in Tibet" are China's, and an arrest in Catalonia happens in Spain.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle


@pytest.mark.parametrize(("text", "country"), [
    ("Police in Tibet detained 12 monks on Monday.", "CHN"),
    ("Police in Xinjiang detained 30 Uighur men on Monday.", "CHN"),
    ("Police in Catalonia arrested the separatist leader on Monday.", "ESP"),
    ("Police in Chechnya detained two journalists on Monday.", "RUS"),
])
def test_a_regions_police_are_its_countrys(code_text: Callable[..., ExtractedArticle],
                                           text: str, country: str) -> None:
    out = code_text(text)
    coerced = [e for e in out.events if e.type == "COERCE"]
    assert coerced, out.events
    event = coerced[0]
    assert event.source is not None and event.source.country == country, event
    assert event.location is not None and event.location.country == country, event
