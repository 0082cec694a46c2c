"""Statements and plans in wire copy: alarm "by reports" disapproves, a meeting "due"
to happen is scheduled, and a demand noun's "that" clause is its content."""

from __future__ import annotations

from typing import Any

from pipeline.event_filters import screen
from pipeline.triggers import find_triggers


def _read(nlp: Any, text: str) -> set[str]:
    """Event types of a sentence's trigger mentions after screening."""
    sent = nlp(text)[:]
    trigs = find_triggers(sent)
    verbal = {t.token.i: t.sense.type for t in trigs if not t.nominal}
    return {r.event_type for t in trigs
            if (r := screen(t, trigs, verbal, unaccused=frozenset())) is not None}


def test_alarm_at_reports_is_disapproval(nlp: Any) -> None:
    assert "ACCUSE" in _read(nlp, "Canada said it was deeply alarmed by reports of "
                                  "torture in Eritrean prisons.")


def test_a_scheduled_meeting_is_reported(nlp: Any) -> None:
    assert "CONSULT" in _read(nlp, "Army chiefs of Chad and Sudan are due to meet "
                                   "next week in N'Djamena.")


def test_what_a_demand_asks_is_no_event(nlp: Any) -> None:
    types = _read(nlp, "Niger's demand on Monday that Benin withdraw its border "
                       "guards angered Cotonou.")
    assert "REQUEST" in types and "RETREAT" not in types
