"""Wire vocabulary of four recurring acts: granting clemency (a declared concession, like a
pardon), bringing one's soldiers home (a withdrawal), a person "taken away" by agents (a
detention) and approving forces for a mission (sending them, not endorsing)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The governor granted clemency to three death-row inmates on Friday.", "granted",
     "CONCEDE"),
    ("Canada said it would bring its soldiers home from Latvia next year.", "bring",
     "RETREAT"),
    ("The journalist was taken away by masked police officers on Monday.", "taken",
     "COERCE"),
    ("The EU council approved additional troops for its training mission.", "approved",
     "MOBILIZE"),
])
def test_wire_acts(nlp: Any, text: str, word: str, kind: str) -> None:
    got = readings(nlp, text)
    assert got.get(word) == kind, got


def test_approving_a_plan_stays_support(nlp: Any) -> None:
    assert readings(nlp, "Parliament approved the peace plan on Tuesday.").get(
        "approved") == "SUPPORT"
