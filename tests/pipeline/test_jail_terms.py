"""A jail term is a sentence. Jailing someone "for" a stated term (years, months, days,
life) punishes a conviction (PLOVER SANCTION), as "sentenced to ten years" does; jailing
with no term, pending trial or overnight, stays a detention (COERCE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types, triples

#: (text, the type it codes, the type it must not); the detentions are jailings with no
#: term, or a length held without charge, pending trial or before a release.
JAILINGS = [
    ("Kara-Murza was jailed for 25 years for treason in April 2023 after criticising the "
     "war in Ukraine.", "SANCTION", "COERCE"),
    ("Navalny was jailed for 15 days as protests spread across Russia.", "SANCTION", "COERCE"),
    ("A court in Almaty jailed both of them for 15 days.", "SANCTION", "COERCE"),
    ("Turkey jailed the journalists for life on Thursday.", "SANCTION", "COERCE"),
    ("The court jailed the two Saudi women for decades.", "SANCTION", "COERCE"),
    ("A court in Tehran jailed a British man for 10 years.", "SANCTION", "COERCE"),
    ("The journalist was jailed for six years by a military tribunal.", "SANCTION", "COERCE"),
    ("A court in Moscow has jailed the American journalist for 16 years.", "SANCTION",
     "COERCE"),
    ("A court jailed him for two years before he was released on appeal in 2022.",
     "SANCTION", "COERCE"),
    ("A Turkish court has ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial on "
     "corruption charges.", "COERCE", "SANCTION"),
    ("Police in Minsk jailed dozens of protesters overnight.", "COERCE", "SANCTION"),
    ("Russia has jailed opposition leader Alexei Navalny.", "COERCE", "SANCTION"),
    ("Police in Minsk jailed the protesters for a day before releasing them without charge.",
     "COERCE", "SANCTION"),
    ("The French aid worker was imprisoned for months without charge in Tehran.", "COERCE",
     "SANCTION"),
    ("Iran has imprisoned the British-Iranian woman for more than two years without trial.",
     "COERCE", "SANCTION"),
    ("Police in Caracas arrested the activist and jailed him for two days pending trial.",
     "COERCE", "SANCTION"),
    ("The Australian writer Yang Hengjun has been imprisoned for five years in Beijing "
     "awaiting a verdict.", "COERCE", "SANCTION"),
    ("Iran incarcerated the Swedish EU diplomat for more than 600 days before a prisoner "
     "swap.", "COERCE", "SANCTION"),
    ("The Dutch journalist was jailed for weeks in Egypt before being deported.", "COERCE",
     "SANCTION"),
]


@pytest.mark.parametrize(("text", "kind", "other"), JAILINGS,
                         ids=[f"{kind}: {text[:40]}" for text, kind, _ in JAILINGS])
def test_a_jail_term_sentences_and_a_detention_does_not(code_text: Any, text: str,
                                                         kind: str, other: str) -> None:
    coded = event_types(code_text(text))
    assert kind in coded
    assert other not in coded


def test_a_jail_term_in_a_headline(code_text: Any) -> None:
    coded = event_types(code_text("The court's verdict was read in full on Tuesday.",
                                  title="Hong Kong court jails 45 democrats for up to 10 "
                                        "years"))
    assert "SANCTION" in coded


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
