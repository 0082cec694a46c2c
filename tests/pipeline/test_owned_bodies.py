"""A named body after a state's possessive ("Germany's Foreign Office", "China's Taiwan
Affairs Office") is that state's, whatever country its name is listed under or contains.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_a_possessor_state_owns_a_listed_ministry(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Germany's Foreign Office condemned the arrest by Russia of two "
                    "journalists.", title="Russia arrests journalists")
    assert ("DEU", "RUS") in typed_pairs(out, "ACCUSE")
    assert not any(s == "GBR" for s, _ in typed_pairs(out, "ACCUSE"))


def test_a_possessor_state_owns_an_office_named_for_another_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("China's Taiwan Affairs Office accused Taiwanese authorities of "
                    "mistreating fishermen.", title="China accuses Taiwan")
    assert typed_pairs(out, "ACCUSE") == {("CHN", "TWN")}
