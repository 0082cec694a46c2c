"""An agreement or a meeting happens where the parties meet: with no place in its own
sentence, the story's dateline city, not the country of one of the parties."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.event_places import event_location
from schemas import Actor, ExtractedArticle


def _actor(code: str) -> Actor:
    return Actor(text=code, name=None, country=code, role="GOV")


def test_an_agreement_without_a_place_is_at_the_dateline() -> None:
    loc = event_location(None, "AGREE", _actor("IRN"), _actor("USA"), "Geneva")
    assert loc is not None and loc.text == "Geneva"


def test_other_events_without_a_place_keep_the_party_country() -> None:
    loc = event_location(None, "ACCUSE", _actor("IRN"), _actor("USA"), "Geneva")
    assert loc is not None and loc.country == "IRN"


def test_the_sentence_place_still_wins() -> None:
    loc = event_location("Helsinki", "AGREE", _actor("IRN"), _actor("USA"), "Geneva")
    assert loc is not None and loc.text == "Helsinki"


def test_a_datelined_deal_is_placed_in_the_dateline_city(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("GENEVA, March 3 (newswire) - Iran and the United States reached an "
                        "agreement on Tuesday to end the dispute over shipping.")
    deals = [e for e in article.events if e.type == "AGREE"]
    assert deals
    assert all(e.location is not None and e.location.text == "Geneva" for e in deals)


def test_a_meeting_without_a_place_is_at_the_dateline() -> None:
    loc = event_location(None, "CONSULT", _actor("PRK"), _actor("USA"), "Hanoi")
    assert loc is not None and loc.country == "VNM"


def test_a_meeting_without_a_dateline_keeps_the_party_country() -> None:
    loc = event_location(None, "CONSULT", _actor("PRK"), _actor("USA"), None)
    assert loc is not None and loc.country == "PRK"


def test_a_datelined_meeting_is_placed_in_the_dateline_city(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("OSLO, March 3 (newswire) - The Kenyan and Somali delegations met "
                        "for two hours on Tuesday.")
    meetings = [e for e in article.events if e.type == "CONSULT"]
    assert meetings
    assert all(e.location is not None and e.location.country == "NOR" for e in meetings)


def test_a_meeting_naming_its_own_place_is_not_moved_to_the_dateline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("OSLO, March 3 (newswire) - The Kenyan and Somali delegations met "
                        "in Nairobi on Tuesday.")
    meetings = [e for e in article.events if e.type == "CONSULT"]
    assert meetings
    assert all(e.location is not None and e.location.country == "KEN" for e in meetings)
