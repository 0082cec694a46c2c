"""Stopping the work done at a site is no ceasefire: "Canada suspended operations at its
embassy in Caracas" reduces relations (PLOVER SANCTION), while "the army halted military
operations in the north" still declares an end of fighting (CONCEDE). Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs


def test_operations_at_an_embassy_suspended_are_no_ceasefire(code_text: Any) -> None:
    out = code_text("Canada said it had suspended operations at its embassy in Caracas.")
    assert not typed_pairs(out, "CONCEDE"), out.events
    assert typed_pairs(out, "SANCTION"), out.events


def test_a_halt_to_operations_at_a_plant_is_no_ceasefire(code_text: Any) -> None:
    out = code_text("Seoul announced a halt to operations at the joint factory park in "
                    "North Korea.")
    assert not typed_pairs(out, "CONCEDE"), out.events


def test_military_operations_halted_stay_a_ceasefire(code_text: Any) -> None:
    out = code_text("Ethiopia's army halted military operations in Tigray on Monday.")
    assert typed_pairs(out, "CONCEDE"), out.events


@pytest.mark.parametrize("text", [
    "Russia said it would halt combat operations at midnight under the truce brokered by "
    "Turkey.",
    "Israel halted its military operations at the request of the United Nations.",
    "The army suspended military operations at dawn on Sunday.",
])
def test_operations_stopped_at_a_time_or_a_request_stay_a_ceasefire(code_text: Any,
                                                                    text: str) -> None:
    out = code_text(text)
    assert typed_pairs(out, "CONCEDE"), out.events
    assert not typed_pairs(out, "SANCTION"), out.events
