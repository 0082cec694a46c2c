""""Demonstrate" is a street protest (PLOVER PROTEST) when people march; with something
shown (an object, a "that" clause, a passive) it is showing: "the strikes demonstrated
the brutality of the war", "LG was demonstrating a phone". A crowd demonstrating keeps its
reading, also with an object ("protesters demonstrated their anger")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Both these prototypes will be demonstrated at the Toyota stand at the Expo 2005 in "
    "Aichi, Japan.",
    "LG Electronics of South Korea was demonstrating one at 3GSM that could display video.",
    "The results demonstrate the strength of the Chinese economy, the minister said.",
    "Iran demonstrated its new missile at a parade in Tehran on Friday.",
])
def test_demonstrating_something_is_no_protest(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "A lawyer for the victims told Reuters: \"This demonstrates that the horrors of the "
    "dictatorship are not a mystery to anyone.\"",
    "It demonstrates a profound lack of imagination in today's film-makers.",
])
def test_more_showing_that_is_no_protest(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


# Guards (pass before and after): crowds demonstrating.

@pytest.mark.parametrize(("text", "triple"), [
    ("Thousands of people demonstrated in Tbilisi on Sunday against the law.",
     ("PROTEST", "GEO", "GEO")),
    ("Students demonstrated outside parliament in Belgrade on Friday.",
     ("PROTEST", "SRB", "SRB")),
    ("Protesters demonstrated their anger outside the US embassy in Baghdad.",
     ("PROTEST", "IRQ", "IRQ")),
    ("Opposition supporters demonstrated in Caracas after the vote.",
     ("PROTEST", "VEN", "VEN")),
])
def test_guard_a_crowd_demonstrating_protests(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Review guards: people of a nation, or women, showing their anger or support in the
# street protest.

@pytest.mark.parametrize("text", [
    "Women demonstrated their opposition to the hijab law in Tehran on Saturday.",
    "Iranians demonstrated their anger at the regime in the streets of Tehran.",
    "Georgians demonstrated support for the EU in a march in Tbilisi on Sunday.",
])
def test_guard_a_people_showing_its_stance_protests(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" in event_types(code_text(text))


# A product shown in a street or outside a factory is no protest.

@pytest.mark.parametrize("text", [
    "Apple demonstrated the new phone in a street in Cupertino.",
    "Tesla demonstrated the car outside its factory in Berlin.",
    "The vote demonstrated support for the EU.",
])
def test_a_thing_shown_in_a_street_is_no_protest(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))
