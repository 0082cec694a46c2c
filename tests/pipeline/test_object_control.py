"""Object control: in "prompted Baghdad to recall its envoy" the one who recalls is the
object of "prompted", not its subject. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_the_object_of_prompting_acts(code_text: Any) -> None:
    out = code_text("Iran fired missiles at targets in Iraq on Monday, prompting "
                    "Baghdad to recall its ambassador from Tehran.")
    assert ("SANCTION", "IRQ", "IRN") in triples(out), triples(out)


def test_the_object_of_forcing_acts(code_text: Any) -> None:
    out = code_text("Weeks of pressure from Washington forced Colombia to accept the "
                    "deportation flights.")
    assert ("AGREE", "COL", "USA") in triples(out), triples(out)
