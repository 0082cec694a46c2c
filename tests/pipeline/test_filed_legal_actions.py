"""Filing a case or a legal challenge is a lawsuit by another name (PLOVER ACCUSE), as
filing a lawsuit or a complaint is."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The opposition filed a legal challenge against the decree with the Supreme Court.",
    "The fishermen's union filed the case at the tribunal last year.",
    "The candidates filed challenges with the electoral court.",
])
def test_filed_case_or_challenge_accuses(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("filed") == "ACCUSE"

