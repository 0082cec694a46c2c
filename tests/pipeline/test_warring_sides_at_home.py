""""Both sides" and "the two sides" in a story about one country's own conflict (no
two-country dyad) are the state and the armed side it fights, both of that country:
their promises and understandings are coded as the country's domestic deals."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Sudan's army and RSF agree truce"
STORY = ("Sudan's army and the paramilitary Rapid Support Forces agreed a seven-day "
         "ceasefire in Jeddah on Saturday. ")


def agreements(out: ExtractedArticle, words: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "AGREE" and words in e.evidence.sentence]


def test_both_sides_committing_is_a_domestic_deal(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Under its terms, both sides committed to refrain from "
                    "seizing new territory.", title=TITLE)
    assert agreements(out, "committed") == [("SDN", "SDN")]


def test_the_two_sides_reaching_an_understanding(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The two sides also reached an understanding to ease the "
                    "siege of El Fasher.", title=TITLE)
    assert agreements(out, "understanding") == [("SDN", "SDN")]
