""""Japan's prime minister and the Swiss president were among leaders who condemned the
attack": the leaders who acted are the ones the sentence names, not role words given
the story's country. The pope acts for the Holy See."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = "Gunmen attacked a hotel in Nairobi on Tuesday, killing 21 people. "


def test_named_members_of_the_acting_leaders_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Indian Prime Minister Narendra Modi was among leaders who condemned "
        "the attack.", title="Gunmen attack Nairobi hotel"))
    assert any(t[0] == "ACCUSE" and t[1] == "IND" for t in got)
    assert not any(t[0] == "ACCUSE" and t[1] == "KEN" for t in got)


def test_the_pope_acts_for_the_holy_see(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Pope Francis condemned the attack.",
                            title="Gunmen attack Nairobi hotel"))
    assert any(t[0] == "ACCUSE" and t[1] == "VAT" for t in got)
