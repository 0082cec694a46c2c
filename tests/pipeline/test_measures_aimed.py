"""The noun "measures" is a sanction only when it is aimed at someone ("measures
against Moscow") or called punitive, retaliatory, economic or restrictive; a state's
own "anti-terrorist measures", "measures to strengthen air defences" or "his measures"
reduce no relations."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The allies would announce new measures to strengthen the air defences.",
    "The president says his measures were needed to rescue the country.",
    "The army launched what it called anti-terrorist measures on Tuesday.",
])
def test_unaimed_measures_are_no_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("measures") != "SANCTION"


@pytest.mark.parametrize("text", [
    "The ministers adopted a new round of measures against Moscow.",
    "Beijing announced retaliatory measures on Monday.",
    "The bloc announced punitive economic measures on Friday.",
])
def test_aimed_or_punitive_measures_are_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("measures") == "SANCTION"
