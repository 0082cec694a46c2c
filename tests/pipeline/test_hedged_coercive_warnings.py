"""A warning whose clause is only hedged ("could", "may") predicts; but when the clause
names a coercive act held over the hearer ("anyone who joins could be arrested", "the
army could use force", "the sanctions could be reimposed") it is a threat, however
hedged. A coercive measure that is only the subject of a predicted effect ("the curfew
could hurt trade") stays a forecast. So does a clause that holds a harm over the hearer:
war, an incident, damaged relations, prison ("warned that the affair could damage
relations", "that anyone taking part could face two years in prison";
``pipeline.unreal_acts.prediction``). Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import readings, typed_pairs


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


@pytest.mark.parametrize(("text", "source"), [
    ('"The abduction is a blatant violation of international law," Germany\'s foreign '
     "ministry spokesman told reporters, warning that the affair could badly damage "
     "relations between Germany and Vietnam.", "DEU"),
    ("North Korea's state news agency said South Korean vessels had entered Northern "
     "waters, and warned that such intrusions could lead to another unsavoury incident.",
     "PRK"),
    ("Thai police warned that anyone taking part in the gatherings could face up to two "
     "years in prison under the emergency decree.", "THA"),
])
def test_a_harm_held_over_the_hearer_is_a_threat(
        code_text: Callable[..., ExtractedArticle], text: str, source: str) -> None:
    assert source in {s for s, _ in typed_pairs(code_text(text), "THREATEN")}


@pytest.mark.parametrize("text", [
    "Rescue teams were still searching the rubble in Dnipro, and Ukrainian officials warned "
    "that the death toll could rise further.",
    "Economists warned that the US tariffs could push Mexico's economy into recession.",
    "The US State Department warned that the returnees could face harsh treatment in China.",
    "Analysts warned that the collapse of the truce between Israel and Hamas could bring a "
    "surge in violence.",
    "Germany's foreign minister warned that the floods could damage roads and bridges "
    "across Bavaria.",
    "Chelsea's manager warned that the defeat to France's PSG could lead to his sacking.",
    "The WHO warned that the Ebola outbreak in Congo could spread to Uganda.",
    # the outcome word inside the subject is no harm held over anyone
    "Japan's central bank warned that a trade war between the US and China could hurt "
    "Japanese exports.",
    # negated
    "Germany's foreign minister warned that the row could not damage relations with "
    "Vietnam.",
])
def test_a_hedged_prediction_holds_nothing_over_anyone(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not typed_pairs(code_text(text), "THREATEN")
