"""Letting someone leave, enter, stay or go free is granted access, an implemented
concession (PLOVER RETREAT); a permission still to come ("would allow the crew to
leave") stays a declared concession (CONCEDE), and what a deal allows by its terms is
no act at all."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The executive was allowed to leave the country on Friday.", "allowed"),
    ("The embassy said it had allowed police to enter the compound.", "allowed"),
    ("Gunmen let the inspectors stay for an hour.", "let"),
    ("He was questioned and then allowed to go free.", "allowed"),
])
def test_letting_people_pass_is_granted_access(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "RETREAT"


def test_a_permission_to_come_stays_a_concession(nlp: Any) -> None:
    out = readings(nlp, "China said it would allow the crew to leave the island.")
    assert out.get("allow") == "CONCEDE"


def test_a_conjoined_permission_shares_its_modal(nlp: Any) -> None:
    out = readings(nlp, "Critics say it would reset the limits and allow him to stay on.")
    assert out.get("allow") != "RETREAT"


def test_a_copula_permitted_is_no_passage(nlp: Any) -> None:
    out = readings(nlp, "The government allowed the agency to remain a part of the ministry.")
    assert out.get("allowed") != "RETREAT"
