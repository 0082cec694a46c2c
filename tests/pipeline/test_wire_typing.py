"""Event typing on wire constructions: envoys' staff withdrawn, strikes
exchanged across a front, a government backing down, acts ordered by an authority."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize(("text", "word", "type_"), [
    # withdrawing diplomatic staff reduces relations (PLOVER SANCTION), no troop pullback
    ("Lima said it was withdrawing its embassy staff from Quito.", "withdrawing",
     "SANCTION"),
    ("Ankara withdrew its diplomatic personnel from Tripoli on Friday.", "withdrew",
     "SANCTION"),
    # strikes traded across a front are fighting, not a prisoner exchange
    ("The two armies exchanged artillery strikes across the river overnight.", "exchanged",
     "ASSAULT"),
    ("Militias traded rocket attacks with the army on Sunday.", "traded", "ASSAULT"),
    # giving way under pressure is a concession, not support
    ("The ruling party backed down after three days of strikes.", "backed", "CONCEDE"),
    ("The cabinet climbed down on the fuel tax on Monday.", "climbed", "CONCEDE"),
])
def test_wire_typing(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The army withdrew its troops from the border town.", "withdrew", "RETREAT"),
    ("The two sides exchanged prisoners at the border.", "exchanged", "RETREAT"),
    ("Three governments backed the proposal on Monday.", "backed", "SUPPORT"),
])
def test_neighbouring_senses_are_kept(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


@pytest.mark.parametrize(("text", "word", "type_"), [
    # an authority ordering an act does it: the act is coded, not a demand
    ("The premier ordered new tariffs on Chinese steel on Monday.", "ordered", "SANCTION"),
    ("The general ordered an assault on the rebel-held port.", "ordered", "ASSAULT"),
    # raising duties on another state's goods is trade retaliation
    ("Ottawa raised tariffs on American dairy products.", "raised", "SANCTION"),
])
def test_ordered_acts_are_the_acts(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_own_officials_ordered_to_act_do_the_act(nlp: Any) -> None:
    got = readings(nlp, "The president ordered his finance minister to raise tariffs on "
                        "imports from Brazil.")
    assert got.get("raise") == "SANCTION"
    assert "ordered" not in got


def test_an_order_to_another_state_stays_a_demand(nlp: Any) -> None:
    got = readings(nlp, "The court ordered Serbia to withdraw its troops from the area.")
    assert got.get("ordered") == "REQUEST"


@pytest.mark.parametrize(("text", "word", "type_"), [
    # refusing to give in to pressure is a refusal; giving in is a concession
    ("The junta said it would not yield to outside pressure.", "yield", "REJECT"),
    ("The ministry finally relented and reopened the crossing.", "relented", "CONCEDE"),
    # a crowd that gathered, named in a relative clause, demonstrated
    ("Hundreds of demonstrators who had gathered near the palace chanted slogans.",
     "gathered", "PROTEST"),
    # regarding an act as an illegal one labels it
    ("Hanoi regarded the seizure as an illegal act of piracy.", "regarded", "ACCUSE"),
])
def test_pressure_crowds_and_labels(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_people_who_gathered_for_prayer_did_not_protest(nlp: Any) -> None:
    got = readings(nlp, "Pilgrims who had gathered at the shrine prayed through the night.")
    assert got.get("gathered") != "PROTEST"


@pytest.mark.parametrize(("text", "word"), [
    # media and documents released free no one
    ("The ministry released satellite photographs of the border crossing.", "released"),
    ("Footage released by the navy showed the collision.", "released"),
    # a rule's terms permit things: no party concedes anything
    ("The new decree lets border guards search any vessel.", "lets"),
    ("A law took effect last week allowing the police to hold suspects for 30 days.",
     "allowing"),
    ("The reform, which would allow the cabinet to appoint judges, passed on Monday.",
     "allow"),
    # people described as admitted are no concession reported
    ("The monitors allowed into the region said the vote was calm.", "allowed"),
])
def test_releases_and_permissions_that_are_no_events(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The rebels released two Italian journalists on Friday.", "released", "RETREAT"),
    # access granted is an implemented concession (PLOVER RETREAT: test_passage_allowed)
    ("Israel allowed 40 aid trucks to enter Gaza on Sunday.", "allowed", "RETREAT"),
])
def test_releases_and_permissions_by_parties(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_hosting_forces_is_no_meeting(nlp: Any) -> None:
    assert "hosts" not in readings(nlp, "Djibouti hosts several thousand Japanese and "
                                        "Italian soldiers.")
    assert readings(nlp, "Muscat hosted indirect talks between Tehran and Washington."
                    ).get("hosted") == "CONSULT"


@pytest.mark.parametrize(("text", "want"), [
    # "slapped tariffs on X": wire English for imposing a measure on another party
    ("Washington slapped tariffs on Chinese steel on Monday.", ("USA", "CHN")),
    ("The EU slapped a travel ban on six Belarusian officials on Monday.", ("IGO", "BLR")),
], ids=["tariffs", "travel-ban"])
def test_slapping_a_measure_on_a_party_is_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str, want: tuple[str, str]) -> None:
    assert want in typed_pairs(code_text(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "The minister slapped a journalist on Monday.",
    "Police slapped handcuffs on the protest leader on Monday.",
])
def test_slapping_no_measure_is_no_sanction(code_text: Callable[..., ExtractedArticle],
                                            text: str) -> None:
    # over-reach guards: only a measure slapped on a party is one (no "slap" verb sense)
    assert not typed_pairs(code_text(text), "SANCTION")
