"""Killings, gunfire and an assassination a clause takes as its time frame ("after 40
killings", "after hours of gunfire", "after the assassination of the president") are
the violence of the country a one-country story is about, as its clashes are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Honduras declared a state of emergency on Sunday after 40 killings in the capital.",
    "Honduran soldiers detained the interior minister on Sunday after hours of heavy "
    "gunfire near the presidential palace.",
    "The Honduran prime minister took office after the assassination of the president "
    "in May.",
])
def test_violence_framing_a_clause_is_the_countrys_own(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    got = triples(code_text(text, title="Honduras in turmoil"))
    assert ("ASSAULT", "HND", "HND") in got
