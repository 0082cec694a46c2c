""""raised duties on steel from Peru, Chile and Bolivia, accusing the three countries of
dumping": a counted plural of states stands for the countries its sentence has just
named, as many as it counts (``pipeline.counted_parties``), not the story's two parties."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in

TITLE = "Brazil and Argentina clash over trade"
STORY = ("Brazil accused Argentina on Monday of blocking its exports. Argentina denied the "
         "charge. ")


def test_the_three_countries_are_the_three_just_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Brazil raised duties on steel from Peru, Chile and Bolivia on "
                    "Friday, accusing the three countries of dumping cheap metal.",
                    title=TITLE)
    accused = {t for s, t in pairs_in(out, "accusing the three") if s == "BRA"}
    assert {"PER", "CHL", "BOL"} <= accused
    assert "ARG" not in accused


def test_the_two_countries_are_the_two_just_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Lula met leaders from Paraguay and Uruguay, and the two "
                    "countries agreed to cut fees.", title=TITLE)
    assert pairs_in(out, "the two countries agreed") <= {("PRY", "URY"), ("URY", "PRY")}
    assert pairs_in(out, "the two countries agreed")


def test_guard_the_two_countries_with_none_named_are_the_storys_pair(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the sentence names no country before the phrase: the story's two parties
    out = code_text("India and Pakistan exchanged fire across the border on Monday. "
                    "Officials from the two countries met in Dubai on Tuesday.",
                    title="India and Pakistan exchange fire")
    assert pairs_in(out, "Officials from the two countries") <= {
        ("IND", "PAK"), ("PAK", "IND")}
