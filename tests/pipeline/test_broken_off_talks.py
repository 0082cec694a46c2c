"""Breaking off or suspending negotiations refuses them (PLOVER REJECT); breaking off
relations or ties reduces relations (SANCTION)."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_broke_off_negotiations_is_a_refusal(nlp: Any) -> None:
    got = readings(nlp, "The government broke off negotiations with the rebels.")
    assert got.get("broke") == "REJECT"


def test_suspended_talks_is_a_refusal(nlp: Any) -> None:
    got = readings(nlp, "Peru suspended talks with the rebels on Monday.")
    assert got.get("suspended") == "REJECT"


def test_broke_off_relations_stays_a_sanction(nlp: Any) -> None:
    got = readings(nlp, "Peru broke off diplomatic relations with Chile.")
    assert got.get("broke") == "SANCTION"
