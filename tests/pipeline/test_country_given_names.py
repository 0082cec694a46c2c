"""A person whose given name is a country's name ("Chad", "Jordan", "Georgia") is not of
that country: only a people's word before a name ("Turkish F-16s") gives one. Names and
sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = "Venezuelan troops crossed into Guyana on Monday. "


def test_a_given_name_that_is_a_country_gives_no_nationality(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Opposition leader Jordan Mendes accused the "
                            "government of Venezuela of provoking the crisis.",
                            title="Venezuelan troops cross into Guyana"))
    assert not any(s == "JOR" for _, s, _ in got)


def test_a_peoples_word_before_a_name_still_gives_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Brazilian F-16s struck Venezuelan positions.",
                            title="Venezuelan troops cross into Guyana"))
    assert ("ASSAULT", "BRA", "VEN") in got
