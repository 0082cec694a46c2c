"""Forces escorting aircraft, boats or convoys are units put in motion (PLOVER MOBILIZE):
"fighters escorted the bomber out of the zone", "coast guard ships escorted fishing boats
into the disputed waters". People escorted away (an envoy led to the border) are not
typed by this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize(("text", "word"), [
    ("Two fighter jets escorted the bomber out of the zone.", "escorted"),
    ("Coast guard ships escorted fishing boats into the disputed waters.", "escorted"),
    ("Army units were escorting aid convoys through the valley.", "escorting"),
])
def test_escorting_craft_and_convoys_moves_forces(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "MOBILIZE"


def test_the_escort_and_its_waters(code_text: Any) -> None:
    out = code_text("Vietnamese coast guard ships escorted fishing boats into Cambodian "
                    "waters on Monday.")
    assert ("VNM", "KHM") in typed_pairs(out, "MOBILIZE")


def test_guard_a_person_escorted_away_is_not_a_deployment(nlp: Any) -> None:
    # guard: an envoy led to the border is no unit moved
    assert readings(nlp, "Police escorted the envoy to the border.").get(
        "escorted") != "MOBILIZE"
