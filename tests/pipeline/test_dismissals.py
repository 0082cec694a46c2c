"""Dismissing what another party said or proposed (an accusation, a report, a claim, a
demand, a plan, an argument) brushes it aside: a rejection (PLOVER REJECT), not a
disapproval. Dismissing a thing or people "as" something stays a disapproval, and
dismissing an official or a cabinet from office a sanction."""

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


@pytest.mark.parametrize(("text", "word"), [
    ("The Taliban dismissed the arrangement in a statement on Monday.", "dismissed"),
    ("The judges dismissed Kenya's argument that Somalia had accepted the border.",
     "dismissed"),
    ("The embassy said it had no reports of deaths, dismissing rumours that students had "
     "been killed.", "dismissing"),
    ("Moscow dismissed remarks by the Estonian prime minister.", "dismissed"),
])
def test_a_plain_dismissal_rejects(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize("text", [
    'Lukashenko dismissed the protesters as "sheep" controlled from abroad.',
    "The Serbian president dismissed the opposition as traitors.",
])
def test_dismissing_people_as_a_label_disparages_them(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "ACCUSE"


def test_the_rejection_is_aimed_at_the_claimant(code_text: Callable[..., Any]) -> None:
    out = code_text("Ghana dismissed Togo's accusation on Monday.")
    assert ("REJECT", "GHA", "TGO") in triples(out)


def test_dismissing_a_measure_as_a_label_disapproves(nlp: Any) -> None:
    assert readings(nlp, "The minister dismissed the new tariffs as absurd.").get(
        "dismissed") == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The president dismissed the defence minister on Tuesday.",
    "The prime minister dismissed the army chief after the attack.",
    "President Saied dismissed the cabinet on Sunday and suspended parliament.",
])
def test_dismissing_an_official_stays_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "SANCTION"
