"""Rebels, the opposition and the public acting on a state body their clause gives no
country ("called on the government", "threw stones at security forces") act on their
own country's state, not on the other party of a two-party story. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import typed_pairs

STORY = ("Congo expelled Rwanda's ambassador on Saturday. Rwanda denied backing the "
         "rebels. Congo accused Rwanda of sending troops. ")


def test_rebel_spokesman_calls_on_his_own_government(code_text: Any) -> None:
    out = code_text(STORY + "An M23 spokesman called on the government to open talks.",
                    title="Congo expels Rwandan envoy", published="2022-10-30")
    assert ("COD", "RWA") not in typed_pairs(out, "REQUEST")

