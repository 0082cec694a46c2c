"""An expectation voiced of another party's conduct is a demand of it (PLOVER REQUEST):
"Beijing expected Malaysia to keep it fully informed", "expects Pakistan to take action".
"Expect" mostly forecasts: the passive, a forecaster's expectation, a denied or hedged
one, and one of an act that is no conduct owed (an outcome, a purchase, a diary date, a
hostile act) or is given a time or a sum ("to release 100 prisoners") demand nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Ministry spokesman Hong Lei said Beijing expected Malaysia to keep it fully informed.",
     ("REQUEST", "CHN", "MYS")),
    ("Spokesman Vincent Magwenya said Pretoria expected Washington to hand over any "
     "evidence it held.", ("REQUEST", "ZAF", "USA")),
    ("Israel expected Russian law enforcement to protect the safety of all Israeli "
     "citizens, the foreign ministry said.", ("REQUEST", "ISR", "RUS")),
    ("India expects Pakistan to take action against the militants behind the attack, the "
     "foreign ministry said.", ("REQUEST", "IND", "PAK")),
    ("Japan expects South Korea to honour the 1965 treaty, Tokyo said.",
     ("REQUEST", "JPN", "KOR")),
])
def test_an_expectation_of_a_party_demands(code_text: Any, text: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The Kenyan president is expected to arrive in Nairobi on Monday.",
    "Analysts expect the Turkish central bank to raise interest rates next week.",
    "Ukraine expects Russia to launch a new offensive in the spring.",
    "Germany does not expect China to change its position.",
    "Officials expect President Ruto to attend the summit in Addis Ababa.",
    "We expect Brazil to win the World Cup, the coach said.",
    "The Indian government expects the economy to grow by 7 percent this year.",
    "Japan expects India to become the world's third-largest economy by 2030.",
    "The ministry expects the ship to dock in Piraeus on Friday.",
    "Washington expects Moscow to impose new sanctions on Kyiv.",
    "The United States expects Iran to respond with missile strikes.",
])
def test_a_forecast_demands_nothing(code_text: Any, text: str) -> None:
    assert not any(e.type == "REQUEST" and e.trigger == "expect"
                   for e in code_text(text).events)


@pytest.mark.parametrize("text", [
    "Germany expects Poland to buy more tanks from Rheinmetall next year.",
    "Toyota expects its Japanese factories to produce 10 million cars in 2025.",
    "The Pentagon expects China to double its nuclear arsenal by 2030.",
    "Kenya expects the IMF to disburse $1 billion next month, the Treasury said.",
    "Egypt expects Saudi Arabia to invest $10 billion in the Red Sea project.",
    "The US expects Saudi Arabia to produce more oil this summer.",
    "Iran expects the IAEA to issue a new report on its nuclear programme next week.",
    "The Philippines expects China to keep harassing its vessels in the South China Sea.",
    "Russia expects India to keep buying its oil despite Western sanctions.",
    "Argentina expect Messi to play in Sunday's final against Colombia.",
    "If Moscow expects Kyiv to surrender territory, it will be disappointed, Zelensky said.",
    "Israel expects Hamas to release the hostages within days.",
    "Kyiv expected Germany to deliver Taurus missiles soon.",
    "Kyiv expects the United States to send more Patriot missiles this year.",
    "Ukraine expects Russia to release 100 prisoners in the next exchange.",
])
def test_an_act_foretold_of_a_state_demands_nothing(code_text: Any, text: str) -> None:
    assert not any(e.type == "REQUEST" and e.trigger == "expect"
                   for e in code_text(text).events)
