"""A role word the tagger takes for a proper name ("In Ankara, the foreign ministry
summoned ...": "ministry" tagged PROPN after a fronted place) is still the role word: it
takes the country of the place or the story like any "ministry", instead of being dropped
as an unknown name. A nationality the phrase names still wins.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

#: A story between Turkey and the Netherlands.
TITLE = "Turkey condemns Netherlands over rally ban"
LEAD = "Turkey accused the Netherlands of racism on Sunday. "


def coded_in(out: ExtractedArticle, word: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of the events of the sentence with ``word``."""
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if word in e.evidence.sentence}


def test_a_ministry_after_a_fronted_capital_is_that_capitals(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "In Ankara, the foreign ministry summoned the Dutch envoy.",
                    title=TITLE)
    assert ("ACCUSE", "TUR", "NLD") in coded_in(out, "ministry"), out.events


def test_a_lowercase_word_that_names_no_role_is_no_actor(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "In Ankara, the weather delayed the Dutch envoy.", title=TITLE)
    assert not coded_in(out, "weather"), out.events


def test_a_role_word_with_a_nationality_keeps_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "In Ankara, the Dutch foreign ministry summoned the Turkish envoy.",
                    title=TITLE)
    assert not any(src == "TUR" for _, src, _ in coded_in(out, "ministry")), out.events
