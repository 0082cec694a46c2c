"""Verbs typed by what they act on, in wire phrasing: handing over food is aid and handing
down a sentence is a sanction; taking weapons off a crew is a seizure; relaying messages
between two sides is mediation; pulling out of talks or quitting a joint body is a
refusal; dissolving state institutions is repression; tightening curbs is a sanction;
likening someone's act to a crime is disapproval."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The agency handed food and cash to 20,000 refugees.", "handed", "AID"),
    ("A court handed the opposition leader a six-month sentence.", "handed", "SANCTION"),
    ("The crew took eight rifles from the boat.", "took", "COERCE"),
    ("Officials relayed messages between the two governments.", "relayed", "CONSULT"),
    ("The president pulled out of a meeting with his rival.", "pulled", "REJECT"),
    ("The junta said it was quitting a joint military committee.", "quitting", "REJECT"),
    ("The officers said they were dissolving all state institutions.", "dissolving",
     "COERCE"),
    ("The envoy likened the veto to destroying evidence.", "likened", "ACCUSE"),
])
def test_object_typed_verbs(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    # handing over captives is still a release; taking a town is still an assault
    ("The rebels handed over 12 prisoners to the Red Cross.", "handed", "RETREAT"),
    ("Rebels captured the town of Goma.", "captured", "ASSAULT"),
    # a minister quitting his post resigns
    ("The defence minister quit on Monday.", "quit", "RETREAT"),
])
def test_other_objects_keep_their_sense(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


def test_tightening_curbs_imposes_them(code_text: Any) -> None:
    got = triples(code_text("Japan tightened curbs on exports of chip tools."))
    assert any(t == "SANCTION" and s == "JPN" for t, s, _ in got)
