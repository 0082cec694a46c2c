"""Silencing media or the internet is censorship (PLOVER COERCE) whatever verb of
restriction says it: suspending, barring, halting or shutting a broadcaster, a website or
the internet silences people at home; the same verbs on trade, flights or ties to
another state stay a reduction of relations (SANCTION)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The government suspended broadcasts of a foreign radio station on Monday.",
     "suspended"),
    ("Authorities suspended mobile internet services across the country.", "suspended"),
    ("The regulator barred two private television channels.", "barred"),
    ("The ministry shut down the opposition newspaper.", "shut"),
    ("Officials blocked Facebook and WhatsApp for three days.", "blocked"),
])
def test_silencing_media_is_censorship(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    ("Beijing suspended imports of fruit from the island.", "suspended"),
    ("The airline suspended flights to the capital.", "suspended"),
])
def test_restricting_trade_stays_a_sanction(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "SANCTION"
