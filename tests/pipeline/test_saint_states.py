"""The Caribbean "Saint" states as news abbreviates them ("St Lucia", "St Vincent") are
countries, even where the parser takes the name for a person's."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_abbreviated_saint_state_is_a_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "St Lucia Prime Minister Philip Pierre condemned Haiti's gangs on Tuesday.",
        title="Caribbean leaders condemn Haiti violence"))
    assert any(t == "ACCUSE" and s == "LCA" for t, s, _ in got)
