"""What a charge alleges is its content, not an event the story reports: every act in a
list after "accused X of" ("of torturing and executing prisoners", "of organising,
financing and arming the gangs"), an act several verbs deep ("accused the bloc of
failing to help them fight rebels"), and the deed a sentence or a reward is "for"
("jailed them for attacking the state"). The charge itself stays coded. Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Oslo accused Russian guards of beating and shooting the prisoners.", "shooting"),
    ("Rome accused Tunis of organising, financing and arming the gangs.", "arming"),
    ("The junta accused the bloc of failing to help them fight rebels.", "fight"),
    ("A judge jailed the pilots for six years for attacking the state.", "attacking"),
    ("Critics said the swap rewarded Caracas for detaining foreigners.", "detaining"),
])
def test_what_a_charge_alleges_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)


def test_the_charge_itself_stays_coded(nlp: Any) -> None:
    got = readings(nlp, "Oslo accused Russian guards of beating and shooting the prisoners.")
    assert got.get("accused") == "ACCUSE"


def test_a_sentence_for_a_crime_stays_a_sanction(nlp: Any) -> None:
    got = readings(nlp, "A judge jailed the pilots for six years for attacking the state.")
    assert got.get("jailed") in ("SANCTION", "COERCE")


@pytest.mark.parametrize(("text", "word"), [
    ("Kinshasa expelled the envoy on Monday, accusing Kigali of backing the rebels.",
     "backing"),
    ("Delhi blamed the militants and accused Islamabad of arming them.", "arming"),
    ("Moscow warned Oslo, cautioning it against sending troops.", "sending"),
])
def test_a_charge_whose_subject_is_elsewhere_still_only_alleges(
        nlp: Any, text: str, word: str) -> None:
    # a participle ("..., accusing X of") or a conjoined verb ("and accused X of") makes
    # the charge with the subject of the clause it hangs on
    assert word not in readings(nlp, text)


def test_an_agentless_passive_charge_keeps_the_act(nlp: Any) -> None:
    got = readings(nlp, "Two officers are accused of beating a man to death.")
    assert got.get("beating") == "ASSAULT"
