""""Exchange" is a swap (PLOVER RETREAT, mode release) only between parties; a market where
shares, currencies or goods trade ("the London Stock Exchange", "the Italian stock
exchange", "a currency exchange") is no swap, whatever place names it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Shares in the firm closed down 19% on the London Stock Exchange on Monday, after it "
    "warned on profits.",
    "The dairy group became a darling of the Italian stock exchange.",
    "The bank's shares are listed on the American Stock Exchange.",
    "The Chinese currency exchange in Hong Kong reopened on Tuesday.",
    "Trading on the Tokyo Stock Exchange was halted after a computer fault.",
    "The French commodities exchange cut its fees for traders.",
    "Is the Indian stock exchange open on Friday?",
    "Shares rose on the stock exchange on Monday.",
])
def test_a_market_is_no_swap(code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" not in event_types(code_text(text))


# Guards (pass before and after): swaps between parties stay swaps.

@pytest.mark.parametrize(("text", "triple"), [
    ("Russia and Ukraine carried out an exchange of prisoners on Monday.",
     ("RETREAT", "RUS", "UKR")),
    ("Russia and Ukraine held a prisoner exchange on the border on Monday.",
     ("RETREAT", "UKR", "RUS")),
    ("Iran and Britain exchanged diplomats in a swap deal.", ("RETREAT", "IRN", "GBR")),
])
def test_a_swap_between_parties_stays(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# From the cold review: an exchange "of" people, or of nationals, is a swap whatever else
# modifies it (these lost their RETREAT before the mend).
@pytest.mark.parametrize("text", [
    "Venezuela and the United States carried out a foreign national exchange on Saturday.",
    "Russia and Ukraine carried out a foreign exchange of prisoners of war on Friday.",
    "Armenia and Azerbaijan completed an energy exchange of detained soldiers on the "
    "border.",
    "Moscow and Kyiv carried out a grain exchange of prisoners near Sumy, officials said.",
])
def test_an_exchange_of_people_stays_a_swap(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" in event_types(code_text(text))
