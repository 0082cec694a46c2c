"""Parties said to be "in contact with" each other consult (PLOVER CONSULT): "was in close
contact with the Kenyan authorities". Only that frame counts: contact that is touch or
exposure, contact lost, or contact denied is no consultation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize("text", [
    "Oslo said it was in close contact with the Kenyan authorities about the crew.",
    "Officials in Lima remained in regular contact with Chile's foreign ministry.",
    "The minister said Seoul had been in direct contact with the rebels.",
])
def test_being_in_contact_with_a_party_is_consultation(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("contact") == "CONSULT"


def test_the_two_parties_are_the_pair(code_text: Any) -> None:
    out = code_text("Norway said it was in close contact with the Kenyan authorities.")
    assert ("NOR", "KEN") in typed_pairs(out, "CONSULT")


@pytest.mark.parametrize("text", [
    # guard: contact lost with a plane is no talk
    "The airline lost contact with the plane over the sea.",
    # guard: people exposed to patients, not parties talking
    "Nurses in contact with patients in Peru must wear masks.",
    # guard: touch
    "The suspect was in physical contact with the officer.",
    # guard: denied
    "Ankara said it was in no contact with the militants.",
    # guard: armed parties in contact are fighting
    "French troops were in contact with jihadist fighters.",
])
def test_guard_contact_that_is_no_exchange(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("contact") is None
