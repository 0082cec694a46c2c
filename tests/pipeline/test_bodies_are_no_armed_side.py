"""Fighting, deployments and ceasefires are between armed sides: in a story whose
other party is an international body (a UN mission, a bloc), a state's forces that
fight, deploy or hold fire with no recipient named face the country's own armed
rivals, not the body."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "South Sudan's leaders order truce after fighting in Juba"
STORY = ("South Sudan's president and his deputy ordered their forces to stop fighting "
         "after clashes killed two U.N. peacekeepers. The U.N. mission said its "
         "compound was hit. The U.N. Security Council condemned the attacks on U.N. "
         "sites. The U.N. said thousands sheltered at its bases. ")


def test_a_declared_ceasefire_is_no_concession_to_the_body(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "President Salva Kiir declared a unilateral "
                            "ceasefire on Monday.", title=TITLE))
    assert ("CONCEDE", "SSD", "SSD") in got
    assert ("CONCEDE", "SSD", "IGO") not in got


def test_shelling_by_government_forces_is_no_attack_on_the_body(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Government tanks pounded positions near Juba on "
                            "Sunday.", title=TITLE))
    assert ("ASSAULT", "SSD", "IGO") not in got
    assert ("ASSAULT", "SSD", "SSD") in got


def test_a_demand_on_the_body_still_goes_to_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # only acts between armed sides change: a state's demands and rejections still
    # answer the body the story is about
    got = triples(code_text(STORY + "South Sudan's government rejected the demand on "
                            "Monday.", title=TITLE))
    assert ("REJECT", "SSD", "IGO") in got
