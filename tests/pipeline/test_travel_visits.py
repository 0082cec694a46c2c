"""An official who "travelled to" a foreign capital visits it (PLOVER CONSULT), like one
who "flew to" it; aircraft or cargo travelling somewhere visit no one."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_minister_travelled_to_a_capital_is_a_visit(code_text: Any) -> None:
    got = triples(code_text("Ghana's foreign minister travelled to Lome on Tuesday."))
    assert ("CONSULT", "GHA", "TGO") in got


def test_planes_travelling_somewhere_visit_no_one(nlp: Any) -> None:
    got = readings(nlp, "Two air force planes travelled to Lome to collect the migrants.")
    assert "travelled" not in got


def test_planned_travel_is_no_visit_yet(nlp: Any) -> None:
    got = readings(nlp, "The minister will travel to Lome next week.")
    assert "travel" not in got
