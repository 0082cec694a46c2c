"""Acts two coordinated parties do to each other by their very verb ("exchanged fire",
"clashed", "swapped prisoners") make each party the other's recipient, even in a story too
short to have a pair of its own (a feed's one-sentence summary). Sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("India and Pakistan exchanged fire across the Line of Control on Monday.",
     {("IND", "PAK"), ("PAK", "IND")}),
    ("Indian and Chinese troops clashed in a border valley on Monday.",
     {("IND", "CHN"), ("CHN", "IND")}),
])
def test_a_reciprocal_verb_makes_each_party_the_others_recipient(
        code_text: Callable[..., ExtractedArticle], text: str,
        want: set[tuple[str, str]]) -> None:
    assert pairs(code_text(text)) == want


def test_parties_of_one_country_clashing_stay_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    assert pairs(code_text("Police and protesters clashed in Nairobi on Monday.")) == {
        ("KEN", "KEN")}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 90 prisoners of war on Friday.",
    "Russia and Ukraine exchanged the bodies of fallen soldiers on Friday.",
], ids=["prisoners", "bodies"])
def test_what_two_parties_exchange_names_no_third_party(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    # a story about another country first: the prisoners, given its focus country for
    # want of one of their own, were each party's recipient
    out = code_text("Ethiopia accused Eritrea of shelling a border town on Thursday. " + text)
    swap = {p for p in pairs(out) if "RUS" in p or "UKR" in p}
    assert swap == {("RUS", "UKR"), ("UKR", "RUS")}, out.events


def test_guard_a_partner_with_whom_both_act_stays_their_recipient(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (the review's case: the UN is a third party, not one of the two)
    out = code_text("Ethiopia accused Eritrea of shelling a border town on Thursday. Russia "
                    "and Ukraine exchanged letters with the UN on Friday.")
    swap = {p for p in pairs(out) if "RUS" in p or "UKR" in p}
    assert swap == {("RUS", "IGO"), ("UKR", "IGO")}, out.events
