"""A person given no nationality takes the story's focus country; one dealing with a
known figure of that very country in a two-party story is the story's other side, not a
domestic exchange to drop."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Chile recalls envoy from Peru"
STORY = ("Chile recalled its ambassador to Peru on Monday. Chile said Peru had violated "
         "Chilean airspace. ")


def test_guessed_person_meeting_the_focus_leader_is_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Senator Rafael Quispe said on Tuesday he was ready to "
                            "meet President Gabriel Boric to settle the dispute.", title=TITLE))
    assert ("AGREE", "PER", "CHL") in got


def test_person_named_with_the_focus_nationality_stays_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chilean Senator Rafael Quispe said on Tuesday he was "
                            "ready to meet President Gabriel Boric to settle the dispute.",
                            title=TITLE))
    assert not any(t[0] == "AGREE" for t in got)


def test_two_guessed_persons_give_no_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Senator Rafael Quispe and Senator Ana Mamani met on "
                            "Tuesday to discuss the dispute.", title=TITLE))
    assert not any(t[0] == "CONSULT" for t in got)


def test_one_country_story_keeps_the_meeting_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("President Gabriel Boric reshuffled his cabinet on Monday after "
                            "protests in Santiago. Senator Rafael Quispe said he was ready to "
                            "meet President Gabriel Boric to discuss the pension reform. "
                            "Argentina's ambassador attended the ceremony.",
                            title="Chile cabinet reshuffle"))
    assert not any(t[0] in ("AGREE", "CONSULT") for t in got)
