"""Forces put in motion by an operation launched or begun ("the navy began an operation to
protect the cable": MOBILIZE), and envoys pulled from another capital (a recall:
SANCTION). Launching missiles stays an attack, pulling out of talks a refusal."""

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
