"""A headline's "X to do Y" announces what X will do: the act lies ahead."""

from __future__ import annotations

from typing import Any


def test_a_headline_infinitive_is_a_future_act(code_text: Any) -> None:
    out = code_text("Officials confirmed the deal on Monday.",
                    title="Azerbaijan to free 32 Armenian soldiers")
    assert {e.modality for e in out.events if e.trigger == "free"} == {"future"}


def test_an_order_to_troops_in_a_headline_is_no_plan(code_text: Any) -> None:
    out = code_text("Officials confirmed the order on Thursday.",
                    title="Kazakh leader orders troops to shoot without warning")
    assert {e.modality for e in out.events if e.trigger == "shoot"} <= {"asserted"}
