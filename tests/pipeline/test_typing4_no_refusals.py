"""Refusals carried by "no" on a noun (typing round 4): "made no apology", "there will
be no talks" deny a cooperative act (REJECT); "no" elsewhere stays an argument."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Officials in Ankara said Turkey had made no apology to Greece.",
    "Serbia said it would hold no negotiations with Kosovo.",
])
def test_no_on_a_cooperative_noun_is_a_refusal(code_text: Any, text: str) -> None:
    types = {e.type for e in code_text(text).events}
    assert "REJECT" in types
    assert not types & {"CONCEDE", "CONSULT"}


def test_no_on_an_argument_is_not_a_refusal(code_text: Any) -> None:
    types = {e.type for e in code_text(
        "Chile said no agreement with Peru was needed to reopen the border.").events}
    assert "REJECT" not in types
