"""A statement made to the press meets no party. PLOVER CONSULT is a meeting, visit or
call between parties; "speaking to reporters" or "at his daily news conference" only
sets the scene of what is said there. A joint news conference, or one held with another
party, is still a meeting of its hosts, and speaking to a leader is a call."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, typed_pairs


@pytest.mark.parametrize("text", [
    "Lopez Obrador thanked Trump at his morning news conference.",
    "At a news conference on Wednesday, Vucic accused far-right groups of orchestrating "
    "the violence.",
    "Trump, speaking to reporters before leaving for The Hague, said both countries had "
    "violated the ceasefire.",
    "The Chinese ambassador spoke to Nigerian journalists about the loan in Abuja.",
])
def test_the_press_is_no_party_met(code_text: Any, text: str) -> None:
    assert "CONSULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    # guards: these code no meeting even without ``press_contact`` (no party is found for
    # the press); they keep it so should the rule or the argument finder change
    "Speaking to reporters in Rio de Janeiro, Bolsonaro accused the Cuban government of "
    "confiscating the doctors' pay.",
    "Macron spoke to reporters and journalists in Paris on Monday.",
    "Scholz held a news conference with reporters from several countries in Berlin.",
])
def test_the_press_stays_no_party_met(code_text: Any, text: str) -> None:
    assert "CONSULT" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Putin and Erdogan held a joint news conference in Sochi on Monday.", ("RUS", "TUR")),
    ("The Kremlin said Putin had also spoken to Pashinyan that day.", ("RUS", "ARM")),
    ("Foreign Minister Penny Wong spoke to her Papua New Guinean counterpart on Monday.",
     ("AUS", "PNG")),
    ("Scholz and Macron spoke to the press after talks in Berlin.", ("DEU", "FRA")),
])
def test_meetings_beside_the_press_stay(code_text: Any, text: str,
                                        pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "The ASEAN conference opened in Jakarta on Tuesday.",
    "Xi attended a conference of Central Asian leaders in Astana.",
    "China will host a conference on Gaza next month.",
])
def test_conferences_of_parties_stay_meetings(code_text: Any, text: str) -> None:
    assert "CONSULT" in event_types(code_text(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("The Iranian foreign minister talked to reporters and to his Qatari counterpart in "
     "Doha on Sunday.", ("IRN", "QAT")),
    ("Abbas spoke with journalists and Egyptian officials in Cairo on Tuesday.",
     ("PSE", "EGY")),
    ("Blinken spoke with reporters and then with Saudi Crown Prince Mohammed bin Salman in "
     "Riyadh.", ("USA", "SAU")),
    ("Putin and Erdogan held a news conference in Sochi on Monday.", ("RUS", "TUR")),
    ("The EU foreign policy chief held a news conference in Kyiv with Zelensky on Tuesday.",
     ("IGO", "UKR")),
    ("Lavrov, speaking to reporters in Ankara after meeting Hakan Fidan, said the talks "
     "had been useful.", ("RUS", "TUR")),
])
def test_a_party_met_beside_the_press_stays(code_text: Any, text: str,
                                            pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "CONSULT")


def test_state_media_are_the_press(code_text: Any) -> None:
    assert "CONSULT" not in event_types(code_text(
        "The Chinese ambassador spoke to Chinese state media about the loan."))
