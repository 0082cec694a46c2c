"""Breakaway regions and their de facto authorities take the state they broke from, as the
annotators code separatists inside a country (Somaliland SOM): "Transnistria accused
Moldova" is a Moldovan affair, not an act of whatever country the story is about.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("Somaliland signed a port deal with Ethiopia on Monday.", ("SOM", "ETH")),
    ("Abkhazia's leader met Russian officials on Monday.", ("GEO", "RUS")),
    ("South Ossetian forces detained two Georgian citizens on Monday.", ("GEO", "GEO")),
    ("Transnistrian officials accused Ukraine of cutting the gas transit on Monday.",
     ("MDA", "UKR")),
    ("Bosnian Serb leaders accused Croatia of meddling on Monday.", ("BIH", "HRV")),
], ids=["somaliland", "abkhazia", "south-ossetia", "transnistria", "bosnian-serbs-guard"])
def test_a_breakaway_region_is_the_state_it_left(
        code_text: Callable[..., ExtractedArticle], text: str,
        want: tuple[str, str]) -> None:
    # a story about another country first, so the region cannot win as the focus ("Bosnian
    # Serb" is a guard: the demonym already gave BIH before the regions were listed)
    out = code_text("Rebels in the Central African Republic attacked a UN base on Sunday. "
                    + text)
    assert want in pairs(out), out.events
