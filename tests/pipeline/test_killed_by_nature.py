"""Lightning and wild animals are no actors: "lightning killed two farmers", "a tiger
killed a villager" report no attack (PLOVER ASSAULT is violence by an actor), as an
earthquake's toll does not. A name that looks like one ("the Tamil Tigers", "Operation
Lightning") still acts. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types


@pytest.mark.parametrize("text", [
    "Lightning killed two farmers in Bangladesh on Thursday.",
    "Lightning strikes killed 20 people across Uttar Pradesh on Monday.",
    "A tiger killed a villager in India on Thursday.",
    "A shark attacked a surfer off the coast of Australia on Sunday.",
    "A crocodile killed a fisherman in Malawi.",
])
def test_nature_and_animals_assault_no_one(code_text: Any, text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    # armed groups and operations named after animals or weather, and attacks by people
    # with animals in the sentence, stay violence
    "Tamil Tigers killed 12 soldiers in an ambush in Jaffna.",
    "The Tigers attacked an army camp in northern Sri Lanka.",
    "The Black Tigers unit attacked a navy base in Trincomalee.",
    "Grey Wolves activists attacked a Kurdish office in Ankara.",
    "Operation Lightning killed 30 militants in the Swat valley.",
    "Gunmen killed a tiger warden in Assam on Thursday.",
    "Soldiers killed a shepherd whose dog had strayed across the border.",
    "Police said a mob armed with snakes and sticks attacked a police post in Lagos.",
    "Troops shot dead a man who had attacked them with a snake.",
])
def test_guard_actors_named_like_animals_or_weather_still_attack(code_text: Any,
                                                                  text: str) -> None:
    assert "ASSAULT" in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    # cold review: a disaster named for its place is still a disaster
    "The Noto Peninsula Earthquake killed more than 240 people in Japan.",
    "The Great Kanto Earthquake killed over 100,000 people in 1923.",
    "The Valencia Floods killed more than 200 people in Spain last year.",
])
def test_a_named_disaster_assaults_no_one(code_text: Any, text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    # cold review: "human-wave attacks" are people's; a hazard word in an operation's name
    "Russian human-wave attacks killed hundreds of Ukrainian soldiers near Bakhmut.",
    "Human wave attacks by Russian troops killed 300 Ukrainian soldiers near Avdiivka.",
    "Hamas's Operation Al-Aqsa Flood killed 1,200 people in Israel.",
])
def test_guard_wave_attacks_and_named_operations_still_assault(code_text: Any,
                                                               text: str) -> None:
    assert "ASSAULT" in event_types(code_text(text))
