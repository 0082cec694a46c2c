"""A ban a state lays on its own people, groups or institutions is repression (PLOVER
COERCE), not a sanction: "the commission barred opposition figures from the ballot". A
ban aimed at another state stays a SANCTION. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs


@pytest.mark.parametrize("text", [
    "Belarus's election commission barred two Belarusian opposition figures from the ballot.",
    "Iran's interior ministry banned an Iranian student association on Tuesday.",
])
def test_a_ban_at_home_is_coercion(code_text: Any, text: str) -> None:
    out = code_text(text)
    assert typed_pairs(out, "COERCE"), out.events
    assert not typed_pairs(out, "SANCTION"), out.events


def test_a_ban_on_another_state_stays_a_sanction(code_text: Any) -> None:
    out = code_text("Japan banned imports of Russian timber on Tuesday.")
    assert typed_pairs(out, "SANCTION"), out.events
    assert not typed_pairs(out, "COERCE"), out.events


@pytest.mark.parametrize("text", [
    "Washington barred American companies from selling chips to China.",
    "India banned Indian traders from exporting rice to Bangladesh.",
    "Russia banned Russian airlines from flying to Georgia.",
])
def test_a_home_ban_on_trade_abroad_stays_a_sanction(code_text: Any, text: str) -> None:
    out = code_text(text)
    assert not typed_pairs(out, "COERCE"), out.events
