"""Events only possible, wished, deliberated or conditional: "could begin", "are
considering sanctions", "hope to reach a deal", "has not confirmed the exchange", and
a conditional inversion ("Should Russia attack, ...") that is neither a demand nor an
attack."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Analysts say a new offensive could begin within weeks.",
    "The truce may collapse if either side breaks it.",
    "Officials are considering new sanctions on the regime.",
    "Diplomats hope to reach a ceasefire deal by Friday.",
    "Should the army attack, the rebels would respond.",
    "The ministry has not confirmed the prisoner exchange.",
])
def test_no_event_is_reported(nlp: Any, text: str) -> None:
    assert readings(nlp, text) == {}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("A new offensive began on Monday.", "offensive", "ASSAULT"),
    ("The two sides reached a ceasefire deal on Friday.", "deal", "AGREE"),
    ("The authorities should release the prisoners, the envoy said.", "release", "REQUEST"),
    ("The ministry confirmed the prisoner exchange.", "exchange", "RETREAT"),
])
def test_the_asserted_counterparts_stay(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_
