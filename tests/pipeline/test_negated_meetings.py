"""A meeting told as not held ("Macron did not speak by phone with Putin", "has never met
him") is no event: no consultation, and no refusal either. A meeting that will not be held
("would not meet", "could not meet", "is not going to talk"), or one others hold that a
party did not attend, is a refusal (PLOVER REJECT)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Macron did not speak by phone with Putin.",
    "Macron has never met Putin.",
    "Macron has not spoken to Putin since 2022.",
    "Putin did not visit Turkey last year.",
])
def test_a_meeting_not_held_is_no_event(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Macron will not speak with Putin.",
    "Macron said he would not meet Putin.",
    "France said it would never negotiate with Russia.",
    "Macron could not meet Putin, his office said.",
    "Macron is not going to talk to Putin.",
    "Macron refused to meet Putin.",
    # staying away from a meeting others hold refuses it, whatever the tense
    "Macron did not attend the summit in Moscow.",
])
def test_guard_a_meeting_that_will_not_be_held_is_a_refusal(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert ("REJECT", "FRA", "RUS") in triples(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    # guard: other negated cooperation stays a refusal, a held call a consultation
    ("Russia did not sign the deal with Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Macron spoke by phone with Putin.", ("CONSULT", "FRA", "RUS")),
])
def test_guard_other_acts_keep_their_reading(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))
