""""Quito filed a complaint at the WTO": a world body a charge is brought before is the
forum that hears it, not the party accused (``pipeline.complaint_forums``)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in, typed_pairs

TITLE = "Peru and Ecuador in row over border river"
STORY = "Peru accused Ecuador on Monday of diverting a border river. "


def test_a_complaint_filed_at_a_world_body_is_aimed_at_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Quito filed a complaint at the WTO last week.", title=TITLE)
    assert pairs_in(out, "filed a complaint") == {("ECU", "PER")}


def test_a_complaint_lodged_with_a_council_is_aimed_at_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The ministry said Lima planned to lodge a complaint with the UN "
                    "Security Council about the dam.", title=TITLE)
    assert pairs_in(out, "lodge a complaint") == {("PER", "ECU")}


def test_guard_the_party_a_lawsuit_is_brought_against_stays(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Peru filed a lawsuit against Ecuador at the tribunal last "
                    "year.", title=TITLE)
    assert pairs_in(out, "filed a lawsuit") == {("PER", "ECU")}


def test_guard_an_accusation_of_a_world_body_keeps_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: no forum named, the body is the one accused
    out = code_text("Mali accuses UN mission of spying. Mali accused the UN mission of "
                    "spying on its army.", title="Mali accuses UN mission")
    assert ("MLI", "IGO") in typed_pairs(out, "ACCUSE")
