""""Close" is a closure (PLOVER COERCE) when a party shuts something; a price quoted at the
end of a trading day ("shares closed down 19% at 151 pence", "the pound closed at a
two-year low") shuts nothing. Only an intransitive "close" whose subject is a quoted price
(shares, a currency, oil, an index, a market) reads so; a party closing a border, a square
or schools keeps its reading. Nor is the adjective a closure: "close to a deal", "as close
as you get", "the two leaders have been close" name nearness, not a shutting; nor firms or
shops that close down by themselves ("hundreds of firms close every month"), while shops
closed by a party or in protest keep their readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Shares in the pharmaceutical firm closed down 19% at 151 pence in London on Monday.",
    "Shares in the carmaker closed up 5% at 200 pence in Paris on Friday.",
    "The dollar closed higher against the yen in Tokyo on Friday.",
    "The pound closed at a two-year low against the dollar in London.",
    "Japanese shares closed lower for a third day.",
    "The euro closed lower against the dollar in Paris on Monday.",
    "Russian oil closed at $60 a barrel on Tuesday.",
])
def test_a_market_close_is_no_closure(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


# Guards (pass before and after): a question is no event, and a price quoted in a city
# no party is read from makes none either.

@pytest.mark.parametrize("text", [
    "Did shares close higher in Tokyo on Friday?",
    "The euro closed lower against the dollar in Frankfurt on Monday.",
    "Oil closed at $80 a barrel in New York on Tuesday.",
])
def test_guard_a_quoted_price_with_no_party_is_no_closure(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


# Guards (pass before and after): a party shutting a place keeps its reading.

@pytest.mark.parametrize(("text", "triple"), [
    ("Hungary closed its border with Serbia on Tuesday.", ("SANCTION", "HUN", "SRB")),
    ("Police closed the main square in Minsk ahead of the protest.",
     ("COERCE", "BLR", "BLR")),
    ("The Taliban closed girls' schools in Kabul at the start of the year.",
     ("COERCE", "AFG", "AFG")),
    ("The factory was closed by the authorities in Shanghai.", ("COERCE", "CHN", "CHN")),
])
def test_a_party_closing_a_place_keeps_its_reading(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Germany is close to a deal with Poland on gas, officials said.",
    "The rebels are now close to the capital, the army said.",
    "\"If you're a betting man, he's as close as you get to a certainty.\"",
    "The company is close to a takeover of its French rival, analysts said.",
    "The two leaders have been close since their student days in Paris.",
    "Spain came close to winning the cup in Madrid on Sunday.",
    "The champion is closer to the world record than ever, her coach said.",
    "Mexico's central bank is close to raising rates, economists said.",
])
def test_close_as_an_adjective_is_no_closure(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Israel closed the Rafah crossing after the attack.", ("SANCTION", "ISR", "ISR")),
    ("Turkish authorities have closed three newspapers close to the opposition.",
     ("COERCE", "TUR", "TUR")),
    ("Chinese authorities ordered factories closed in Shanghai for a week.",
     ("COERCE", "CHN", "CHN")),
])
def test_a_closure_beside_the_adjective_keeps_its_reading(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Hundreds of firms close every month in Britain as the economy slows.",
    "Three car plants in France will close next year, the company said.",
    "Many shops in Germany closed after sales fell by 5%.",
    "The restaurant closed in 2019 after 40 years in Paris.",
])
def test_a_business_closing_down_is_no_closure(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Police closed shops in the old city of Jerusalem after the attack.",
     ("COERCE", "ISR", "ISR")),
    ("Shops were closed by the Taliban in Kabul for the prayer hour.",
     ("COERCE", "AFG", "AFG")),
    ("Shops closed in Srinagar in protest at the killing of the rebel commander.",
     ("PROTEST", "IND", "IND")),
])
def test_guard_shops_closed_by_a_party_or_in_protest(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))
