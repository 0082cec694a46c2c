"""Verbs of handing goods over share one list of what counts as aid: whichever of them
a wire story uses ("sent", "flew", "shipped"), food, medicine, equipment and rescue or
medical staff taken to another party are aid; arms are aid when sent or delivered, not
when carried. A verb's own entry still wins ("sent tanks" moves its own forces)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Kenya sent planeloads of medicine to the capital.", "sent"),
    ("Germany sent tonnes of food to the flooded region.", "sent"),
    ("Japan sent medical equipment to the island.", "sent"),
    ("India sent doctors and nurses to the quake zone.", "sent"),
    ("Russia flew in more than 100 rescuers on Sunday.", "flew"),
    ("Egypt flew two planeloads of weapons into the capital.", "flew"),
    ("The ministry shipped blankets to the camps.", "shipped"),
])
def test_goods_handed_over_are_aid(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "AID"


def test_a_verbs_own_entry_wins(nlp: Any) -> None:
    assert readings(nlp, "Britain sent tanks to the border.").get("sent") == "MOBILIZE"


def test_arms_carried_are_no_aid(nlp: Any) -> None:
    assert readings(nlp, "Gunmen carrying weapons entered the village.").get(
        "carrying") != "AID"


def test_missiles_sent_over_a_country_are_no_aid(nlp: Any) -> None:
    assert readings(nlp, "North Korea sent two missiles over Japan.").get("sent") != "AID"
