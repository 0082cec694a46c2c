"""A trip told as done, with the errand it was made for: "travelled to Baghdad to press
Iraqi leaders" reports the pressing, where a purpose infinitive elsewhere ("sent troops
to fight", "will travel to Baghdad to press") states only an aim. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_the_errand_of_a_trip_taken_is_coded(code_text: Any) -> None:
    out = code_text("Qatar's foreign minister travelled to Baghdad on Monday to press "
                    "Iraqi leaders for the release of the hostages.")
    assert ("REQUEST", "QAT", "IRQ") in triples(out)


def test_stepping_in_to_supply_goods_is_the_supply(code_text: Any) -> None:
    out = code_text("When the border closed, Turkey stepped in to supply food to Qatar.")
    assert ("AID", "TUR", "QAT") in triples(out)


def test_the_errand_of_a_trip_still_to_come_is_no_act(code_text: Any) -> None:
    out = code_text("Qatar's foreign minister will travel to Baghdad next week to press "
                    "Iraqi leaders for the release of the hostages.")
    assert not [e for e in out.events if e.type == "REQUEST" and e.modality == "asserted"]


def test_a_verb_with_an_object_is_no_trip(code_text: Any) -> None:
    # "headed a delegation": leading it, not a trip whose errand was done
    out = code_text("Turkey's president headed a delegation to condemn Israel at the UN.")
    assert not [e for e in out.events if e.type == "ACCUSE" and e.modality == "asserted"]
