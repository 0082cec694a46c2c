"""An expectation voiced of another party's conduct is a demand of it (PLOVER REQUEST):
"Beijing expected Malaysia to keep it fully informed". "Expect" mostly forecasts: the
passive, a forecaster's expectation, a denied one, and one of an outcome, a diary date or
a hostile act ("expects Russia to launch an offensive") demand nothing."""

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
