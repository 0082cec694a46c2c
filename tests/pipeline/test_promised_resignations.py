"""A resignation that is only promised, offered or agreed to is a declared concession
(PLOVER CONCEDE), not an agreement with anyone; a resignation done is a RETREAT, and a
promised release between two states stays an AGREE."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types


@pytest.mark.parametrize("text", [
    "Peru's president said on Monday he would resign before the end of the month.",
    "The Kenyan prime minister said he was prepared to step down.",
    "Haiti's prime minister agrees to resign after talks in Jamaica.",
])
def test_a_promised_resignation_is_a_concession(code_text: Any, text: str) -> None:
    types = event_types(code_text(text))
    assert "CONCEDE" in types
    assert "AGREE" not in types


def test_a_resignation_done_is_a_retreat(code_text: Any) -> None:
    out = code_text("Peru's prime minister resigned on Tuesday after weeks of protests.")
    assert "RETREAT" in event_types(out)


def test_a_promised_release_between_states_stays_an_agreement(code_text: Any) -> None:
    out = code_text("Russia said on Monday it would release ten Ukrainian soldiers.")
    assert "AGREE" in event_types(out)
