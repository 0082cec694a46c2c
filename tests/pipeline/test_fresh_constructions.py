"""Frames of wire news that type an event beyond its verb: a deadline to leave expels,
ordering one's forces to a task deploys them, telling someone to act demands it, a
crowd's damage is a riot, workers' strikes are protests, a held call is a phone
consultation, and weighing a sanction threatens it."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers
from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize(("text", "triple"), [
    ("Burkina Faso gave Germany's envoy 48 hours to leave the country.",
     ("SANCTION", "BFA", "DEU")),
    ("Sudan ordered the Kenyan ambassador to leave Khartoum.", ("SANCTION", "SDN", "KEN")),
    ("Egypt's president told Ethiopia to stop filling the dam.", ("REQUEST", "EGY", "ETH")),
])
def test_frames(code_text: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


def test_a_deadline_to_leave_is_no_request(code_text: Any) -> None:
    out = code_text("Niger gave the French ambassador 48 hours to leave the country.")
    assert "SANCTION" in _types(out) and "REQUEST" not in _types(out)


def test_ordering_the_army_to_a_task_deploys_it(nlp: Any) -> None:
    doc = nlp("Peru's government ordered the army to help police guard the airports.")
    senses = {t.sense.type for t in find_triggers(doc[:])}
    assert "MOBILIZE" in senses and "REQUEST" not in senses


def test_ordering_troops_to_shoot_is_coded_on_the_shooting(code_text: Any) -> None:
    out = code_text("Sri Lanka's president ordered troops to shoot looters on sight.")
    assert "MOBILIZE" not in _types(out)


def test_ordering_the_army_not_to_act_until_is_no_deployment(code_text: Any) -> None:
    out = code_text("Israel's prime minister ordered the army not to start the pullback "
                    "until Hamas released the list.")
    assert "MOBILIZE" not in _types(out)


@pytest.mark.parametrize("text", [
    "Thousands of demonstrators stormed the parliament building in Colombo.",
    "Protesters in Tehran burned American flags on Friday.",
])
def test_crowd_damage_is_a_riot(code_text: Any, text: str) -> None:
    types = _types(code_text(text))
    assert "PROTEST" in types and "ASSAULT" not in types


def test_workers_strike_is_a_protest(code_text: Any) -> None:
    out = code_text("Nigerian unions called a nationwide strike, and doctors in Lagos "
                    "will strike on Monday.")
    assert "PROTEST" in _types(out) and "ASSAULT" not in _types(out)


def test_a_held_call_is_a_phone_consultation(code_text: Any) -> None:
    out = code_text("The Indian and Chinese foreign ministers held a call on Monday.")
    assert "REQUEST" not in _types(out)


def test_a_call_for_calm_stays_an_appeal(code_text: Any) -> None:
    out = code_text("Germany issued a call for calm in Kosovo.")
    assert "REQUEST" in _types(out)


def test_weighing_a_sanction_is_a_threat(code_text: Any) -> None:
    out = code_text("Poland is considering closing its border with Belarus.")
    assert "THREATEN" in _types(out) and "SANCTION" not in _types(out)


def test_asking_for_nothing_asks_nothing(code_text: Any) -> None:
    out = code_text("Cuba said it had asked the United States for nothing in return.")
    assert "REQUEST" not in _types(out)


def test_a_date_is_no_particle(nlp: Any) -> None:
    doc = nlp("Cuba's leader called the Spanish king a colonialist on Sunday.")
    assert "REQUEST" not in {t.sense.type for t in find_triggers(doc[:])}


def test_a_labelled_leader_is_not_phoned(code_text: Any) -> None:
    out = code_text("The Turkish president on Friday called the Dutch premier a fascist.")
    assert "CONSULT" not in _types(out)


def test_in_exchange_for_is_no_swap(nlp: Any) -> None:
    doc = nlp("Ghana secured a $3 billion loan from China in exchange for oil.")
    assert "RETREAT" not in {t.sense.type for t in find_triggers(doc[:])}
