"""A "heart attack" is an illness: the attack noun with an organ or an ailment for its
modifier is no violence, neither as an event of its own nor as the violent cause that
makes a death news of a killing. Attacks on "the heart" of a city stay attacks, and a
death of wounds or in an attack stays a killing. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "He died of a heart attack in a Moscow prison, officials said.",
    "The former president died of a heart attack at his home in Lagos.",
    "The opposition leader died of a heart attack in custody in Minsk.",
    "Brazil's former minister died after a heart attack in Brasilia on Monday.",
    "The Iraqi general died from a heart attack while on a visit to Tehran.",
    "The senator suffered a heart attack during the debate in Canberra.",
    "A Chinese dissident died of an asthma attack in a Beijing jail, his family said.",
    "The activist died of a panic attack, Egyptian police claimed.",
    "The actor died of a fatal heart attack in Mumbai.",
])
def test_a_fit_of_the_body_is_no_violence(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "ASSAULT"}


@pytest.mark.parametrize(("text", "pair"), [
    # guards: violent deaths and attacks on "the heart" of a place
    ("The soldier died of wounds after the Russian strike on Kharkiv.", None),
    ("Two civilians died of their injuries after Israeli shelling in Gaza.", ("ISR", "PSE")),
    ("Three soldiers died in a rebel attack in northern Mali.", None),
    ("A journalist died during an attack on the convoy in Sudan.", None),
    ("Russia launched an attack on the heart of Kyiv's energy grid.", ("RUS", "UKR")),
    ("Hamas said an Israeli attack on the heart of Gaza City killed 12 people.",
     ("ISR", "PSE")),
    ("Militants carried out an attack on a heart hospital in Peshawar.", None),
])
def test_violent_deaths_and_attacks_stay_violence(code_text: Any, text: str,
                                                  pair: tuple[str, str] | None) -> None:
    assaults = {t[1:] for t in triples(code_text(text)) if t[0] == "ASSAULT"}
    assert assaults and (pair is None or pair in assaults)
