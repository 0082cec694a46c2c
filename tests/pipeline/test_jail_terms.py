"""A jail term is a sentence. Jailing someone "for" a stated term (years, months, days,
life) punishes a conviction (PLOVER SANCTION), as "sentenced to ten years" does; jailing
with no term, pending trial or overnight, stays a detention (COERCE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import event_types


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
