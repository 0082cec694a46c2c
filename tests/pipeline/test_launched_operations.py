"""Forces put in motion by an operation launched or begun ("the navy has begun an operation
to guard the pipeline": MOBILIZE), envoys pulled from another capital (a recall:
SANCTION) and a border sealed (closed to the neighbour: SANCTION). Launching missiles
stays an attack, pulling out of talks a refusal, sealing off a building a cordon."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word"), [
    ("Kenyan troops launched an operation on Friday to track down the gunmen.", "launched"),
    ("The Norwegian navy has begun an operation to guard the gas pipeline.", "begun"),
    ("Spain said it had launched a military operation in the Sahel.", "launched"),
    ("Italy began an evacuation operation for its citizens in Sudan.", "began"),
])
def test_an_operation_launched_or_begun_mobilizes(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "MOBILIZE"


def test_envoys_pulled_from_a_capital_are_recalled(code_text: Any) -> None:
    got = triples(code_text("Kenya and Uganda pulled their envoys from Tanzania on Monday."))
    assert {("SANCTION", "KEN", "TZA"), ("SANCTION", "UGA", "TZA")} <= got, got


@pytest.mark.parametrize(("text", "word", "kind"), [
    # guards: what the verbs launch or pull otherwise keeps its sense
    ("The army launched two missiles at the rebel base.", "launched", "ASSAULT"),
    ("The president pulled out of the talks with his rival.", "pulled", "REJECT"),
])
def test_other_objects_keep_their_sense(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize("text", [
    "Zambia sealed its border with Malawi on Monday.",
    "Zambia has sealed the main crossing into Malawi.",
])
def test_a_sealed_border_is_closed_to_the_neighbour(code_text: Any, text: str) -> None:
    assert ("SANCTION", "ZMB", "MWI") in triples(code_text(text)), triples(code_text(text))


def test_a_sealed_building_stays_a_police_cordon(nlp: Any) -> None:
    # guard: sealing off a building or a square is still a cordon (COERCE)
    assert readings(nlp, "Police sealed off the opposition headquarters.").get(
        "sealed") == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    # review: an operation by a company or of another kind moves no forces
    ("The company launched an operation in Brazil.", "launched"),
    ("The government launched an investigation operation into the fraud.", "launched"),
])
def test_guard_an_operation_of_no_forces_is_no_deployment(
        nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "MOBILIZE"
