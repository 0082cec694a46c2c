"""Evacuations: taking people out of danger is aid to them (PLOVER AID); forces
evacuating a base or a town pull out of it (RETREAT)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The peacekeepers said they had evacuated more than 2,000 civilians to their base.",
     "evacuated", "AID"),
    ("The United Nations arranged for 30 injured rebels to be evacuated to Kenya.",
     "evacuated", "AID"),
    ("Some 40,000 residents were evacuated from the valley.", "evacuated", "AID"),
    ("The army evacuated its base near the border.", "evacuated", "RETREAT"),
])
def test_evacuations_are_typed_by_who_is_moved(nlp: Any, text: str, word: str,
                                               type_: str) -> None:
    assert _types(nlp, text).get(word) == type_
