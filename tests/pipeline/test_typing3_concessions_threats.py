"""Typing round 3: a government suspending or pausing its own policy concedes (RETREAT),
"would pay a price" and "warned that further steps could follow" are threats, and a
legislature's vote "to" act decides that act."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers
from tests.pipeline.coding import triples


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Ecuador suspends fuel price hike after protests", "suspends"),
    ("The cabinet paused the pension reform on Tuesday.", "paused"),
    ("The premier shelved the controversial bill.", "shelved"),
])
def test_suspending_ones_own_policy_is_a_retreat(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "RETREAT"


def test_suspending_aid_stays_a_sanction(nlp: Any) -> None:
    assert _types(nlp, "Brussels suspended aid to the junta.").get("suspended") == "SANCTION"


def test_pay_a_price_is_a_threat(nlp: Any) -> None:
    text = "Tokyo said the regime would pay a heavy price for any provocation."
    assert _types(nlp, text).get("pay") == "THREATEN"


def test_further_steps_could_follow_is_a_threat(code_text: Any) -> None:
    out = code_text("Ankara warned Athens that further measures could follow.")
    assert "THREATEN" in {e.type for e in out.events}


def test_a_hedged_prediction_is_still_no_threat(code_text: Any) -> None:
    out = code_text("Aid agencies warned that some villages may not get food this winter.")
    assert "THREATEN" not in {e.type for e in out.events}


def test_a_vote_to_expel_is_the_expulsion(code_text: Any) -> None:
    out = code_text("Libyan parliament votes to expel Turkish troops")
    assert ("SANCTION", "LBY", "TUR") in triples(out)
