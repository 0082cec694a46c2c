"""A signed cooperation agreement is the cooperation itself (PLOVER COOPERATE: military,
economic, judicial), not only a promise: "signed a military cooperation agreement". Other
signed deals stay AGREE. Mutual cooperation that names no recipient, like an agreement,
is aimed at the party the story implies: "the two countries, which signed several
cooperation agreements", "Uganda extradited the suspect" in a Uganda–Kenya story."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a military cooperation agreement in Kampala on Monday.",
    "Ghana signed several security cooperation accords with Togo last year.",
    "The two ministers signed a cooperation memorandum on Friday.",
])
def test_a_signed_cooperation_agreement_is_cooperation(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("signed") == "COOPERATE"


@pytest.mark.parametrize("text", [
    # guards: other signed deals are agreements
    "Kenya and Uganda signed a peace agreement in Kampala on Monday.",
    "Ghana signed a border treaty with Togo last year.",
])
def test_other_signed_deals_stay_agreements(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("signed") == "AGREE"


def test_cooperation_with_no_named_recipient_goes_to_the_other_party(
        code_text: Callable[..., Any]) -> None:
    out = code_text(
        "Kenya and Uganda held talks in Nairobi on Monday on their border dispute. "
        "Kenyan and Ugandan ministers met again on Tuesday. "
        "The deployment rests on the good relations between the two countries, which "
        "signed several cooperation agreements in 2019.",
        title="Uganda and Kenya hold border talks")
    assert typed_pairs(out, "COOPERATE") & {("UGA", "KEN"), ("KEN", "UGA")}


def test_an_extradition_with_no_named_recipient_goes_to_the_other_party(
        code_text: Callable[..., Any]) -> None:
    out = code_text(
        "Kenya and Uganda held talks in Nairobi on Monday on cross-border crime. "
        "Kenyan and Ugandan ministers met again on Tuesday. "
        "Uganda extradited the businessman on Friday after a court cleared the way.",
        title="Uganda and Kenya hold talks on crime")
    assert ("UGA", "KEN") in typed_pairs(out, "COOPERATE")
