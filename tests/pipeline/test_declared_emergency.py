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
])
def test_an_emergency_of_another_kind_is_no_rule(code_text: Any, text: str) -> None:
    assert "COERCE" not in {e.type for e in code_text(text).events}
