""""The army told residents of the border region not to return": people placed by their
own phrase in another party's land are that land's people, not the speaker's own
citizens (as in "the Foreign Office urged citizens not to travel")."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_residents_of_the_other_side_s_land_are_its_people(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Israel and Hezbollah agreed a truce on Tuesday. The Israeli army told residents "
        "of southern Lebanon not to go back to their villages yet.",
        title="Truce takes hold"))
    assert ("REQUEST", "ISR", "LBN") in got
    assert ("REQUEST", "ISR", "ISR") not in got


def test_bare_citizens_are_still_the_speaker_s_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Britain's Foreign Office urged citizens not to travel to "
                            "the region.", title="Travel warning"))
    assert ("REQUEST", "GBR", "GBR") in got
