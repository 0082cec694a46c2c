"""A decree signed whose clause verb is a sanction is the sanction (PLOVER SANCTION), not
support: "the president signed an executive order halting financial aid to Ruritania".
A decree ordering something else stays as read. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize("text", [
    "On Monday the president signed an executive order halting financial aid to Peru.",
    "The president signed an executive order in May ending Cuba's preferential trade "
    "treatment.",
])
def test_a_decree_that_sanctions_is_the_sanction(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("signed") == "SANCTION"


def test_a_decree_ordering_building_is_no_sanction(nlp: Any) -> None:
    # a guard (no sanction before the decree rules either): a decree is no sanction by itself
    text = "The president signed an executive order directing the construction of a dam."
    assert _types(nlp, text).get("signed") != "SANCTION"


def test_a_decree_pausing_a_measure_against_people_is_no_sanction(nlp: Any) -> None:
    text = "The president signed an executive order suspending the deportation of Venezuelans."
    assert _types(nlp, text).get("signed") != "SANCTION"
