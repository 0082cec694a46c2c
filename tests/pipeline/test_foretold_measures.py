"""Measures a party says it will take, or is ready, forced or weighing to take, in answer
to another are a warning (PLOVER THREATEN). Measures not yet taken were screened out as
a sanction not done, and nothing was coded; a state's own steps stay out."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> set[str]:
    return {t.sense.type for s in nlp(text).sents for t in find_triggers(s)
            if t.sense.phrase == "foretold measures"}


@pytest.mark.parametrize("text", [
    "Oslo said it would be forced to take counter-measures to protect its fishermen.",
    "Italy was ready to take retaliatory measures against Malta.",
    "The ministry said Qatar would take reciprocal measures to defend its interests.",
    "The minister said Egypt was considering further measures against Sudan.",
])
def test_foretold_answering_measures_warn(nlp: Any, text: str) -> None:
    assert _types(nlp, text) == {"THREATEN"}


@pytest.mark.parametrize("text", [
    # guard: a state's own steps at home
    "The government will take measures to curb inflation.",
    # guard: measures already taken are coded as what they are, not as a warning
    "Italy took retaliatory measures against Malta last week.",
    # guard: "further" or "needed" measures with no one they answer are a state's own steps
    "The central bank would adopt further measures to support the economy.",
    "Officials said the city will take the measures needed to reduce flooding.",
    # guard: a negated taking
    "Oslo said it would not take any measures against the fishermen.",
])
def test_guard_own_steps_and_done_measures_warn_no_one(nlp: Any, text: str) -> None:
    assert _types(nlp, text) == set()
