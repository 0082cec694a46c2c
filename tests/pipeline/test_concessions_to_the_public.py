"""A state's apology or concession to its own public ("apologised to the victims'
families", "apologises to the Kenyan people") is a dyad PLOVER codes, like its deals
with rebels or the opposition; so are its talks with the opposition, rebels or the
public. A meeting of two officials of one state is still no event. Sentences are made
up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.pipeline.coding import triples


def test_an_apology_to_the_public_is_a_concession(code_text: Callable[..., Any]) -> None:
    out = code_text("Kenya's president apologised to the victims' families on Monday.")
    assert ("CONCEDE", "KEN", "KEN") in triples(out)


def test_talks_with_the_opposition_are_a_consultation(
        code_text: Callable[..., Any]) -> None:
    out = code_text("Kenya's president held talks with opposition leaders on Monday.")
    assert ("CONSULT", "KEN", "KEN") in triples(out)


def test_two_officials_of_one_state_meeting_is_no_event(
        code_text: Callable[..., Any]) -> None:
    out = code_text("Kenya's president met the Kenyan finance minister on Monday.")
    assert not any(t[0] == "CONSULT" for t in triples(out))

