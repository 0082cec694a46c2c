"""World sport's governing bodies (FIFA, UEFA, the IOC, the IAAF, WADA) are private
federations (PLOVER NGO), not the state a story is about: "FIFA withdrew Indonesia's
right to host" is done by FIFA to Indonesia, not by Indonesia to itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("FIFA withdrew Indonesia's right to host the Under-20 World Cup.",
     ("SANCTION", "NGO", "IDN")),
    ("The IOC withdrew Russia's right to host the 2026 event.", ("SANCTION", "NGO", "RUS")),
    ("The IOC suspended Afghanistan's Olympic committee over the Taliban's ban on women's "
     "sport.", ("SANCTION", "NGO", "AFG")),
    ("The International Association of Athletics Federations will appeal against the "
     "acquittal of Greek athletes Kostas Kenteris and Katerina Thanou.",
     ("REQUEST", "NGO", "GRC")),
])
def test_a_sport_body_is_the_doer_not_the_story_state(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Guards (pass before and after): a state withdrawing a right stays the doer.

@pytest.mark.parametrize(("text", "triple"), [
    ("The United States withdrew Iran's right to buy aircraft parts.",
     ("SANCTION", "USA", "IRN")),
    ("Germany withdrew Turkey's landing rights for the minister's plane.",
     ("SANCTION", "DEU", "TUR")),
])
def test_guard_a_state_withdrawing_a_right(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))
