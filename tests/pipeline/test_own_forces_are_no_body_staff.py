"""In a story whose other party is an international body, a state's recipient named by a
role word that got the story's country may stand for the body's staff ("expelled the
mission's spokesman"). Its own police and security forces, people it names as its own
("its soldiers") and a known person's people ("Machar's troops") are not: they stay the
state's. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("The African Union suspended Gabon on Monday. The African Union said Gabon must "
         "restore civilian rule. Gabon's junta rejected the African Union decision. ")


def test_praised_police_are_the_states_own(code_text: Any) -> None:
    out = code_text(STORY + "Gabon's leader praised the police.")
    assert ("SUPPORT", "GAB", "GAB") in triples(out)


def test_its_soldiers_are_the_states_own(code_text: Any) -> None:
    out = code_text(STORY + "The army denied its soldiers had fired on protesters.")
    assert ("REJECT", "GAB", "GAB") in triples(out)


def test_a_known_persons_troops_are_his_countrys(code_text: Any) -> None:
    out = code_text(STORY + "Gabonese opposition leader Albert Ondo Ossa left the capital. "
                    "The army spokesman accused Ossa's guards of looting.")
    assert ("ACCUSE", "GAB", "GAB") in triples(out)


def test_staff_of_the_body_still_go_to_the_body(code_text: Any) -> None:
    out = code_text(STORY + "Gabon expelled the mission's spokesman on Tuesday.")
    assert ("SANCTION", "GAB", "IGO") in triples(out)
