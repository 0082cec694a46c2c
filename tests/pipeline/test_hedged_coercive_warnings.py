"""A warning whose clause is only hedged ("could", "may") predicts; but when the clause
names a coercive act held over the hearer ("anyone who joins could be arrested", "the
army could use force", "the sanctions could be reimposed") it is a threat, however
hedged. A coercive measure that is only the subject of a predicted effect ("the curfew
could hurt trade") stays a forecast. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The police warned that anyone who joins the march could be arrested.",
    "Officials warned that the sanctions could be reimposed if the talks fail.",
])
def test_a_hedged_coercive_warning_is_a_threat(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("warned") == "THREATEN"


@pytest.mark.parametrize("text", [
    "Economists warned that the curfew could hurt trade.",
    "Doctors warned that the outbreak could spread to the capital.",
])
def test_a_hedged_prediction_is_no_threat(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("warned") != "THREATEN"
