""""Hit", "hammer" and "batter" are an attack (PLOVER ASSAULT) only when a party strikes
something; business news uses them for a market's ups and downs. A blow dealt by an
economic force (prices, costs, inflation, a delay, a shortage, a currency) or to a market
measure (shares, exports, confidence, a rate, profits) is no attack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


@pytest.mark.parametrize("text", [
    "Rising fuel and materials costs are hitting confidence among small manufacturers "
    "in Britain.",
    "Rising oil prices and the sinking dollar hit shares in London on Monday.",
    "Slowdowns in the US and China could hit electronics exports from Japan.",
    "A fresh delay has hit controversial new European Union rules on software patents.",
    "The carmaker said it had been hit by production bottlenecks, due to a shortage of "
    "parts.",
    "Inflation has been rising faster than expected, hitting an annual rate of 1.6% in "
    "December.",
    "The strong euro hammered profits at the German carmaker last year.",
    "Did rising prices hit sales in France last year?",
])
def test_a_market_blow_is_no_attack(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in _types(code_text(text))


# Guards (pass before and after): a party's strike on a place stays an attack, even on a
# market or an oil refinery.

@pytest.mark.parametrize(("text", "attacker"), [
    ("A Russian missile hit a market in Kharkiv on Monday, killing 12 people.", "RUS"),
    ("Israeli air strikes hit a fuel depot in Gaza on Tuesday.", "ISR"),
    ("Ukrainian drones hit an oil refinery in southern Russia, officials said.", "UKR"),
    ("Israeli warplanes hit 12 targets in Syria, including air-defence batteries.", "ISR"),
])
def test_a_strike_on_a_place_stays_an_attack(
        code_text: Callable[..., ExtractedArticle], text: str, attacker: str) -> None:
    assert any(t == "ASSAULT" and s == attacker for t, s, _ in triples(code_text(text)))
