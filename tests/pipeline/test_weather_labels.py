"""A verdict needs an act or an actor to judge: "described the hurricane as dangerous"
labels the weather, no accusation. A hazard someone can set ("the fire ... an act of
arson"), a figure of speech ("the wave of arrests") and a verdict on what people did
about a hazard ("the earthquake response", "India's handling of the floods") stay
accusations. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The Philippine weather agency called the typhoon extremely dangerous.", "called"),
    ("The UN described the drought in Somalia as a catastrophe.", "described"),
    # (guards: no accusation before the change either)
    ("Officials described the hurricane as dangerous.", "described"),
    ("Mexican officials described Hurricane Otis as catastrophic.", "described"),
    ("Japan's prime minister called the earthquake a national tragedy.", "called"),
    ("Residents in Oaxaca described the storm as the worst in memory.", "described"),
])
def test_a_verdict_on_weather_accuses_no_one(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None


@pytest.mark.parametrize(("text", "word"), [
    # guards: acts and actors judged
    ("Kyiv described the attack as a war crime.", "described"),
    ("Beijing described the US arms sale as a provocation.", "described"),
    ("Haiti's prime minister called the earthquake response a disgrace.", "called"),
    ("Pakistan described India's handling of the floods as a crime.", "described"),
    ("Officials called the fire an act of arson by Greek anarchists.", "called"),
    ("Moscow described the storm of criticism as Western propaganda.", "described"),
    ("Rights groups called the wave of arrests in Tunisia a crime.", "called"),
])
def test_verdicts_on_acts_stay_accusations(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    # review: a label that blames an actor (a modifier or a "by" agent) accuses, whatever
    # hazard it labels
    ("Zelensky called the dam disaster an act of Russian ecocide.", "called"),
    ("Venezuela called the cholera epidemic a U.S. biological attack.", "called"),
    ("South Africa described the humanitarian disaster in Gaza as genocide by Israel.",
     "described"),
    ("Iran described the drought as the result of Israeli cloud theft.", "described"),
])
def test_a_hazard_blamed_on_an_actor_is_an_accusation(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    # guards: a place the hazard hit or a sufferer named is no actor blamed
    ("Japan's weather agency called the typhoon the strongest to hit Okinawa in decades.",
     "called"),
    ("Mexican officials described Hurricane Otis as the worst storm to hit Acapulco.",
     "described"),
    ("Indian officials described the flood as the worst in Kerala's history.", "described"),
    ("The Red Cross described the cyclone in Mozambique as a disaster for Beira.",
     "described"),
    ("Kenya's president called the locust disease a catastrophe for farmers.", "called"),
])
def test_a_hazard_hitting_a_place_accuses_no_one(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None
