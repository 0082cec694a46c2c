"""A denial is coded as a REJECT whose modality is ``denied``."""

from __future__ import annotations

from typing import Any


def test_a_denial_has_denied_modality(code_text: Any) -> None:
    out = code_text("Ethiopia denied shelling the Eritrean town of Senafe on Monday.")
    assert {(e.type, e.modality) for e in out.events} == {("REJECT", "denied")}
