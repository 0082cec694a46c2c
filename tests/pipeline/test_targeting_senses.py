""""Target" says only that something is aimed at: with banks, firms or sectors it is a
sanction, with towns, bases or fighters an attack (the object tables); a bare
"targeted the leader" or "were targeting criminals" names no act of either kind by
itself and is no SANCTION."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Security forces said they were targeting criminals near the palace.",
    "The army said it had targeted the leader of the group.",
    "The rebels said they would keep targeting ships in the strait.",
])
def test_a_bare_target_is_no_sanction(nlp: Any, text: str) -> None:
    assert "SANCTION" not in readings(nlp, text).values()


@pytest.mark.parametrize("text", [
    "Washington targeted Russian banks and energy firms on Friday.",
    "The new measures target the country's oil sector.",
    "The bloc targets Russian gas in its new package.",
])
def test_targeting_firms_and_sectors_is_a_sanction(nlp: Any, text: str) -> None:
    words = readings(nlp, text)
    assert "SANCTION" in {words.get(w) for w in ("targeted", "target", "targets")}


def test_targeting_bases_is_an_attack(nlp: Any) -> None:
    assert readings(nlp, "Jets targeted militant bases overnight.").get("targeted") == "ASSAULT"
