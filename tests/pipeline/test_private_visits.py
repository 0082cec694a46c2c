"""Private visits: tourists, a people named by nationality, or someone going home make
no official visit (no CONSULT); officials and delegations visiting still consult."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("About two million German tourists visit the island each year.", "visit"),
    ("Ankara said it feared for the safety of Turks visiting the region.", "visiting"),
    ("The envoy, who was visiting his home country, was told not to return.", "visiting"),
])
def test_private_visits_are_no_consultation(nlp: Any, text: str, word: str) -> None:
    assert word not in _types(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The prime minister visited Kyiv on Monday.", "visited"),
    ("A delegation visiting the country met the president.", "visiting"),
])
def test_official_visits_stay(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "CONSULT"
