"""Clauses that describe a party instead of reporting news: a relative clause in the
present perfect summing up an actor's record of material acts. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_an_actors_record_of_attacks_is_no_attack(code_text: Any) -> None:
    out = code_text("The Houthis, who have attacked dozens of ships in the Red Sea, said "
                    "they would go on.")
    assert "ASSAULT" not in _types(out)


def test_a_hosts_record_of_talks_is_no_meeting_of_the_host(code_text: Any) -> None:
    out = code_text("EU Council President Charles Michel, who has hosted several rounds "
                    "of talks between Armenia and Azerbaijan, welcomed the deal.")
    assert not {s for ty, s, _ in triples(out) if ty == "CONSULT"} & {"IGO"}


def test_a_standing_accusation_in_a_relative_clause_is_still_coded(code_text: Any) -> None:
    out = code_text("The United States, which has blamed Iran for the attacks, sent more "
                    "troops to Saudi Arabia.")
    assert ("ACCUSE", "USA", "IRN") in triples(out)


def test_a_dated_act_in_a_relative_clause_is_still_coded(code_text: Any) -> None:
    out = code_text("Syrian rebels who attacked an army post on Sunday were pushed back "
                    "by Russian jets.")
    assert "ASSAULT" in _types(out)
