"""Approving one's own act (an operation, a gerund with an event of its own) authorises
it; it is no endorsement of another party, and the act is coded on its own word. Approving
a deal, a plan or an act with no event word of its own stays SUPPORT. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The president approved expanded military operations in the region.",
    "The cabinet approved the operation that killed the journalist.",
])
def test_approving_ones_own_act_is_no_support(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("approved") is None


def test_the_approved_act_is_still_coded(nlp: Any) -> None:
    got = readings(nlp, "Parliament approved sending troops to the base.")
    assert got.get("approved") is None
    assert got.get("sending") == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "The cabinet approved the agreement on Wednesday.",
    "The parliament approved the peace plan.",
    "The president approved selling the jets to Turkey.",
])
def test_approving_a_deal_stays_support(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("approved") == "SUPPORT"
