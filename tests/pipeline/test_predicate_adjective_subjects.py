"""An act under a predicate adjective ("is due to visit", "is ready to hold talks")
belongs to the subject of the copula, also when the clause follows an earlier one
joined by "and"; a plan overtaken by events or a passive infinitive names no doer."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_due_to_visit_after_an_earlier_clause_keeps_its_subject(code_text: Any) -> None:
    got = triples(code_text(
        "The German chancellor praised the truce on Monday, and France's foreign "
        "minister is due to visit Kinshasa and Kigali next week."))
    assert ("CONSULT", "FRA", "COD") in got
    assert ("CONSULT", "FRA", "RWA") in got


def test_a_plan_overtaken_by_events_has_no_doer(code_text: Any) -> None:
    got = triples(code_text(
        "The governor left for Oslo on Sunday, days before he was due to step down."))
    assert not any(t[0] == "AGREE" for t in got)
