"""An emergency declared is emergency rule by its short name ("Mali declares emergency",
"declared an emergency in the prison system"), coded as "a state of emergency" is (PLOVER
COERCE); an emergency of another kind (climate, health), an emergency session, a
hypothetical or a question is no rule over anyone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Kyrgyz president declares emergency in Bishkek, orders troops onto streets",
     ("COERCE", "KGZ", "KGZ")),
    ("Papua New Guinea declares emergency after pay protest sparks deadly riots",
     ("COERCE", "PNG", "PNG")),
    ("Ecuador's president Lasso declared an emergency in the prison system.",
     ("COERCE", "ECU", "ECU")),
])
def test_a_declared_emergency_is_emergency_rule(code_text: Any, text: str,
                                                triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The city council declared a climate emergency on Tuesday.",
    "The WHO declared a global health emergency over the outbreak in Congo.",
    "The minister said there was no need to declare an emergency in Kenya.",
    "Will Biden declare a national emergency at the border?",
    "The hospital declared an emergency after the power cut.",
    "The referee declared the match over after an emergency on the pitch.",
    "Nigeria declared an emergency session of parliament.",
    "The airline declared an emergency and the plane landed in Cairo.",
    "Victoria's premier declared a bushfire emergency in Australia.",
    "Zambia declared a cholera emergency in Lusaka.",
])
def test_an_emergency_of_another_kind_is_no_rule(code_text: Any, text: str) -> None:
    assert "COERCE" not in {e.type for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    "The Kenyan pilot declared an emergency shortly after take-off from Mombasa.",
    "The ship's captain declared an emergency off the coast of Libya.",
    "A Qatar Airways pilot declared an emergency over Turkey after a passenger fell ill.",
    "The Turkish pilot declared an emergency and landed in Budapest.",
    "Kenya Airways declared an emergency and the plane landed in Cairo.",
    "The crew of the Emirates flight declared an emergency over Pakistan.",
    "The Greek coast guard said the captain of the migrant boat declared an emergency off "
    "Crete.",
    "Real Madrid declared an emergency in defence after injuries to three players.",
])
def test_an_emergency_declared_aboard_or_in_sport_is_no_rule(code_text: Any,
                                                             text: str) -> None:
    assert "COERCE" not in {e.type for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    "Jordan declared no emergency despite the protests in Amman.",
    "The Bangladeshi army chief said the government had declared no emergency in Dhaka.",
])
def test_no_emergency_declared_is_none(code_text: Any, text: str) -> None:
    assert "COERCE" not in {e.type for e in code_text(text).events}
