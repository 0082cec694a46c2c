""""Press on", "press ahead" and "press into" carry on or advance: no request. Only
pressing a party ("pressed Kenya to release", "will press China on rights") or pressing
for something asks anything of anyone (PLOVER REQUEST)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, typed_pairs


@pytest.mark.parametrize("text", [
    "Russia accused Ukraine of bearing responsibility for the fire, as Kyiv pressed on "
    "with an offensive against separatists in the east.",
    "Vietnam's parliament pressed ahead with a cybersecurity law as police detained more "
    "than 100 people.",
    "Putin vows 'worthy response' as Ukrainian troops press into Kursk region",
    "Ankara says it will press on with cross-border operations in Iraq until the militant "
    "threat is eliminated.",
    "The company pressed ahead with a push into Asian markets.",
    "Russian forces pressed on towards Bakhmut despite heavy losses.",
])
def test_pressing_on_asks_nothing(code_text: Any, text: str) -> None:
    assert "REQUEST" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("The United States pressed Kenya to release the activists.", ("USA", "KEN")),
    ("Germany will press China on human rights during the visit.", ("DEU", "CHN")),
    ("France pressed Iran into releasing the two hostages.", ("FRA", "IRN")),
    ("Washington is pressing Kyiv to press on with reforms.", ("USA", "UKR")),
])
def test_pressing_a_party_asks(code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "REQUEST")


def test_pressing_for_something_asks(code_text: Any) -> None:
    assert "REQUEST" in event_types(code_text(
        "Blinken pressed for a ceasefire in Gaza during talks in Cairo."))


@pytest.mark.parametrize(("text", "pair"), [
    ("Washington pressed hard on Islamabad to act against militants in the border region.",
     ("USA", "PAK")),
    ("The United States is pressing on Seoul to raise its share of defence costs.",
     ("USA", "KOR")),
    ("Japan pressed on China to halt the detention of its nationals.", ("JPN", "CHN")),
    ("Britain will press on Israel to allow more aid into Gaza.", ("GBR", "ISR")),
    ("The IMF pressed ahead with demands that Pakistan raise taxes before releasing the "
     "loan.", ("IGO", "PAK")),
    ("The EU pressed forward with calls for Iran to free the detained Swedish diplomat.",
     ("IGO", "IRN")),
])
def test_pressing_on_a_party_or_with_demands_asks(code_text: Any, text: str,
                                                  pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "REQUEST")
