"""Who is sent away and what is targeted decides the type: migrants ordered out or
expelled are deported (COERCE), where envoys are expelled (SANCTION); fighters' hideouts
targeted are attacked (ASSAULT), where banks targeted with measures are sanctioned;
ousting a president is repression; gunfire is violence; easing tensions concedes
nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The government ordered undocumented migrants to go home.", "ordered", "COERCE"),
    ("The government ordered the ambassador to leave the country.", "ordered", "SANCTION"),
    ("Undocumented migrants were ordered to leave the country.", "ordered", "COERCE"),
    ("The ambassador was ordered to leave the country.", "ordered", "SANCTION"),
    ("Thailand expels hundreds of thousands of migrants.", "expels", "COERCE"),
    ("Ghana expelled two Nigerian diplomats.", "expelled", "SANCTION"),
    ("The army targeted militant hideouts near the border.", "targeted", "ASSAULT"),
    ("The new measures targeted Russian banks.", "targeted", "SANCTION"),
    ("The generals moved to oust the president.", "oust", "COERCE"),
    ("Heavy gunfire was heard near the palace.", "gunfire", "ASSAULT"),
])
def test_type_follows_the_party_acted_on(nlp: Any, text: str, word: str, kind: str
                                         ) -> None:
    assert readings(nlp, text).get(word) == kind


def test_easing_tensions_is_no_concession(nlp: Any) -> None:
    got = readings(nlp, "Beijing offered to play a role in easing tensions.")
    assert got.get("easing") is None
    assert readings(nlp, "Washington eased sanctions on Caracas.").get("eased") == "RETREAT"
