"""Clauses that describe a party instead of reporting news: a relative clause in the
present perfect summing up an actor's record of material acts, a participle describing
the people or troops a sentence is about, a label put on an act the sentence names
otherwise, a natural hazard that kills, an event noun pointing back ("these attacks").
Sentences are made up for these tests."""

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


def test_people_described_as_held_somewhere_are_no_new_detention(code_text: Any) -> None:
    out = code_text("Kyiv pressed for the return of Ukrainian citizens held in Russia.")
    assert "COERCE" not in _types(out)


def test_the_subject_described_as_held_is_no_new_detention(code_text: Any) -> None:
    out = code_text("Five US citizens held in Iran landed in Doha on Monday.")
    assert "COERCE" not in _types(out)


def test_troops_described_as_stationed_somewhere_are_no_deployment(code_text: Any) -> None:
    assert "MOBILIZE" not in _types(code_text("France has about 400 troops stationed in Chad."))


def test_migrants_described_as_deported_are_no_new_deportation(code_text: Any) -> None:
    out = code_text("Bogota said it would receive Colombian migrants deported from the "
                    "United States.")
    assert "COERCE" not in _types(out)


def test_a_casualty_participle_still_reports_the_attack(code_text: Any) -> None:
    out = code_text("India says 20 soldiers killed in border clash with China")
    assert "ASSAULT" in _types(out)


def test_a_label_put_on_a_named_act_is_no_second_event(code_text: Any) -> None:
    out = code_text("Kurti accused Belgrade of arming the group and called the assault a "
                    "terrorist attack.")
    assert ("ASSAULT", "SRB", "SRB") not in triples(out)
    assert "ACCUSE" in _types(out)


def test_a_label_naming_the_act_itself_is_still_coded(code_text: Any) -> None:
    out = code_text("On Friday Russia launched what Ukraine called the largest aerial "
                    "bombardment of the war.")
    assert "ASSAULT" in _types(out)


def test_a_hazard_after_where_is_no_attacker(code_text: Any) -> None:
    out = code_text("Aid agencies say the influx adds to the strain on Afghanistan, where "
                    "earthquakes in Herat province last month killed well over 1,000 "
                    "people.")
    assert "ASSAULT" not in _types(out)


def test_places_hit_by_tsunamis_suffered_no_attack(code_text: Any) -> None:
    out = code_text("Britain's travel advice covers many of the countries hit by the "
                    "tsunamis.")
    assert "ASSAULT" not in _types(out)


def test_an_event_noun_pointing_back_is_no_new_event(code_text: Any) -> None:
    out = code_text('"These reckless attacks by the Houthis have disrupted global trade," '
                    "the US embassy said.")
    assert "ASSAULT" not in _types(out)


def test_an_event_noun_without_a_demonstrative_is_still_coded(code_text: Any) -> None:
    out = code_text('"The reckless attacks by the Houthis have disrupted global trade," '
                    "the US embassy said.")
    assert "ASSAULT" in _types(out)
