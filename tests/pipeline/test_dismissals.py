"""Dismissing what another party said (an accusation, a report, a claim, a demand) brushes
it aside: a rejection (PLOVER REJECT), not a disapproval. Dismissing a thing or people
"as" something stays a disapproval, and dismissing an official from office a sanction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize("text", [
    "The foreign ministry dismissed the allegations as baseless.",
    "Hanoi dismissed the report on Friday.",
    "The government dismissed the union's demands.",
])
def test_dismissing_a_claim_rejects_it(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "REJECT"


def test_the_rejection_is_aimed_at_the_claimant(code_text: Callable[..., Any]) -> None:
    out = code_text("Ghana dismissed Togo's accusation on Monday.")
    assert ("REJECT", "GHA", "TGO") in triples(out)


def test_dismissing_a_measure_as_a_label_disapproves(nlp: Any) -> None:
    assert readings(nlp, "The minister dismissed the new tariffs as absurd.").get(
        "dismissed") == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The president dismissed the defence minister on Tuesday.",
    "The prime minister dismissed the army chief after the attack.",
])
def test_dismissing_an_official_stays_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "SANCTION"
