"""An envoy called home, or called "for consultations", is recalled (PLOVER SANCTION),
also when "home" is parsed inside the envoy's phrase or the envoy is the passive subject;
calling an envoy to a meeting is no recall."""

from __future__ import annotations

from typing import Any

import pytest


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", [
    "Chile has called its ambassador in Lima home for consultations.",
    "Mexico's ambassador was called home for consultations, the ministry said.",
    "Uruguay called its ambassador in Caracas for consultations on Monday.",
])
def test_an_envoy_called_home_is_recalled(code_text: Any, text: str) -> None:
    types = _types(code_text(text))
    assert "SANCTION" in types and "REQUEST" not in types


def test_an_envoy_called_to_a_meeting_is_no_recall(code_text: Any) -> None:
    assert "SANCTION" not in _types(code_text(
        "Chile's foreign ministry called the Peruvian ambassador to a meeting."))
