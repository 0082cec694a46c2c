"""A jail term is a sentence. Jailing someone "for" a stated term (years, months, days,
life) punishes a conviction (PLOVER SANCTION), as "sentenced to ten years" does; jailing
with no term, pending trial or overnight, stays a detention (COERCE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Kara-Murza was jailed for 25 years for treason in April 2023 after criticising the "
    "war in Ukraine.",
    "Navalny was jailed for 15 days as protests spread across Russia.",
    "A court in Almaty jailed both of them for 15 days.",
    "Turkey jailed the journalists for life on Thursday.",
])
def test_a_jail_term_is_a_sentence(code_text: Any, text: str) -> None:
    coded = event_types(code_text(text))
    assert "SANCTION" in coded
    assert "COERCE" not in coded


def test_a_jail_term_in_a_headline(code_text: Any) -> None:
    coded = event_types(code_text("The court's verdict was read in full on Tuesday.",
                                  title="Hong Kong court jails 45 democrats for up to 10 "
                                        "years"))
    assert "SANCTION" in coded


@pytest.mark.parametrize("text", [
    "A Turkish court has ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial on "
    "corruption charges.",
    "Police in Minsk jailed dozens of protesters overnight.",
    "Russia has jailed opposition leader Alexei Navalny.",
    "Police in Caracas detained the activist for three days.",
])
def test_jailing_with_no_term_is_a_detention(code_text: Any, text: str) -> None:
    coded = event_types(code_text(text))
    assert "COERCE" in coded
    assert "SANCTION" not in coded


@pytest.mark.parametrize("text", [
    "Police in Minsk jailed the protesters for a day before releasing them without charge.",
    "The French aid worker was imprisoned for months without charge in Tehran.",
    "Iran has imprisoned the British-Iranian woman for more than two years without trial.",
    "Police in Caracas arrested the activist and jailed him for two days pending trial.",
    "The Australian writer Yang Hengjun has been imprisoned for five years in Beijing "
    "awaiting a verdict.",
    "Iran incarcerated the Swedish EU diplomat for more than 600 days before a prisoner "
    "swap.",
    "The Dutch journalist was jailed for weeks in Egypt before being deported.",
])
def test_a_detention_with_a_length_is_no_sentence(code_text: Any, text: str) -> None:
    coded = event_types(code_text(text))
    assert "COERCE" in coded
    assert "SANCTION" not in coded


@pytest.mark.parametrize(("text", "triple"), [
    ("The Australian writer Yang Hengjun has been imprisoned for five years in Beijing "
     "awaiting a verdict.", ("COERCE", "CHN", "AUS")),
    ("The Dutch journalist was jailed for weeks in Egypt before being deported.",
     ("COERCE", "EGY", "NLD")),
    ("An Indian national was jailed for life in Dubai for drug trafficking.",
     ("SANCTION", "ARE", "IND")),
])
def test_the_state_of_the_prison_jails(code_text: Any, text: str,
                                       triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The court jailed the two Saudi women for decades.",
    "A court in Tehran jailed a British man for 10 years.",
    "The journalist was jailed for six years by a military tribunal.",
    "A court in Moscow has jailed the American journalist for 16 years.",
    "A court jailed him for two years before he was released on appeal in 2022.",
])
def test_a_court_jailing_for_a_term_sentences(code_text: Any, text: str) -> None:
    assert "SANCTION" in event_types(code_text(text))
