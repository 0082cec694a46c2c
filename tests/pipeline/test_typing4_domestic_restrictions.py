"""Restrictions on a population's freedoms (typing round 4): "imposed a lockdown",
"banned all rallies", "restricted internet access" are repression (COERCE), while
"imposed sanctions" and "banned imports" still reduce relations (SANCTION)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The governor imposed a week-long lockdown on the port city.", "imposed"),
    ("The interior ministry banned all opposition rallies until further notice.", "banned"),
    ("The regime banned two independent newspapers on Monday.", "banned"),
    ("Officials restricted internet access in the eastern provinces.", "restricted"),
])
def test_domestic_restrictions_are_coercion(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    ("Brussels imposed sanctions on four generals.", "imposed"),
    ("Washington banned imports of Venezuelan gold.", "banned"),
])
def test_measures_against_states_stay_sanctions(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"
