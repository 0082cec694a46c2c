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
