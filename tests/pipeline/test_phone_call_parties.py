""""spoke by telephone with Putin": the parse may hang the party's "with"/"to" on the
phone noun rather than the verb. The party is still the call's other side, so the call
is a consultation (PLOVER CONSULT) with it, as when "with" hangs on the verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples, typed_pairs

CALLS = [
    "French President Emmanuel Macron spoke by telephone with Russian President "
    "Vladimir Putin on Thursday.",
    "French President Emmanuel Macron spoke over the phone with Russian President "
    "Vladimir Putin on Thursday.",
    "French President Emmanuel Macron spoke by phone with Russian President Vladimir "
    "Putin on Thursday.",
]

#: The same surface shape with no call between two states.
NO_CALL = [
    "Will Macron speak by telephone with Putin?",
    "Macron has never liked speaking by phone with foreign leaders.",
    "The company sold its phones with Chinese chips to buyers in Russia.",
    "Vodafone customers paid by phone with their credit cards on Thursday.",
    "The referee spoke by telephone with the Arsenal manager on Thursday.",
    "The weather service warned residents by phone with recorded messages on Thursday.",
    "A fan in London paid by phone with a Russian bank card.",
    "Macron was reached by phone with questions about Russia.",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_call_with_a_named_leader_is_a_consultation(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    got = typed_pairs(code_text(text, title="Leaders talk"), "CONSULT")
    assert ("FRA", "RUS") in got


@pytest.mark.parametrize("text", NO_CALL)
def test_no_consultation_without_a_call_between_states(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not any(t == "CONSULT" for t, _, _ in triples(code_text(text, title="News")))


def test_a_denied_call_is_no_consultation(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Macron did not speak by telephone with Putin on Thursday.",
                            title="No call"))
    assert not any(t == "CONSULT" for t, _, _ in got)
