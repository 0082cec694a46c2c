"""Where a story's meetings and agreements happen: the venue its headline names ("sign
deal in Oslo", "agree truce at Geneva talks") when their own sentence names no place,
not a party's country."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.story_venue import title_venue
from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday


def _places(out: ExtractedArticle, trigger: str) -> set[str | None]:
    return {e.location.country if e.location else None for e in out.events
            if trigger in (e.trigger or "")}


def test_a_meeting_told_without_a_place_is_at_the_headline_venue(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya's foreign minister met his Somali counterpart on Thursday.",
                    title="Kenya and Somalia sign border deal in Oslo", published=PUB)
    assert _places(out, "meet") == {"NOR"}


def test_a_meeting_noun_in_the_headline_names_the_venue(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Serbia and Kosovo agreed on Thursday to reopen two border crossings.",
                    title="Serbia, Kosovo agree to reopen crossings at Geneva talks",
                    published=PUB)
    assert _places(out, "agree") == {"CHE"}


def test_a_place_the_headline_does_not_meet_in_is_no_venue(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # (a third country's city, so that taking it as the venue would show)
    out = code_text("Kenya and Somalia agreed on Thursday to reopen their border.",
                    title="Protesters block roads in Oslo", published=PUB)
    assert _places(out, "agree") and "NOR" not in _places(out, "agree")


def test_the_venue_closing_the_headline_is_read_too(nlp: Any) -> None:
    doc = nlp("Colombia, FARC sign ceasefire in Havana\n\nHAVANA, June 23 - The two sides "
              "signed a ceasefire on Thursday.")
    assert title_venue(doc) == "Havana"
