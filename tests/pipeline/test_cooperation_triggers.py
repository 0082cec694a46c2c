"""COOPERATE (mutual material cooperation) and the object check on handing over."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Norland extradited the smuggler to Sudoria on Friday.", "extradited"),
    ("The two navies began their first joint military exercises on Monday.", "exercises"),
    ("Police from both states conducted joint patrols along the river.", "patrols"),
    ("Norland handed over the former general to the war crimes tribunal.", "handed"),
    ("Telephone lines between the two countries were restored on Sunday.", "restored"),
    ("Norland restores diplomatic, trade and transport links with Sudoria.", "restores"),
    ("The national airline will resume flights to the capital next week.", "resume"),
    ("Marines took over the airport at the government's request.", "took"),
])
def test_cooperation_is_cooperate(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "COOPERATE"


def test_consent_is_no_request(nlp: Any) -> None:
    text = "Marines took over the airport at the government's request."
    assert "request" not in _types(nlp, text)


def test_taking_without_consent_stays_assault(nlp: Any) -> None:
    assert _types(nlp, "Rebels took over the airport on Monday.").get("took") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The militia handed over three hostages.",
    "The rebels handed the bodies to the Red Cross.",
    "Two soldiers were handed over on Friday.",
])
def test_handing_over_people_is_a_release(nlp: Any, text: str) -> None:
    assert "RETREAT" in _types(nlp, text).values()


@pytest.mark.parametrize("text", [
    "The army handed power to a civilian council.",
    "The letter, handed to the Foreign Minister by the envoy, was short.",
    "A vote that handed President Ovan Darko a sixth term.",
])
def test_handing_other_things_is_no_release(nlp: Any, text: str) -> None:
    assert "RETREAT" not in _types(nlp, text).values()
