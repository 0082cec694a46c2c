"""A listed armed movement that the tagger took for a person's name ("Boko Haram
fighters", "Al Shabaab fighters" tagged PERSON) is still the movement, with its own
country: not someone whose nationality falls back on the story's focus country.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya's army said on Monday that Boko Haram fighters attacked a police post.",
     ("NGA", "KEN")),
    ("Kenya's army said on Monday that Al Shabaab fighters attacked a police post.",
     ("SOM", "KEN")),
], ids=["boko-haram", "al-shabaab-unhyphenated"])
def test_a_movement_tagged_as_a_person_keeps_its_country(
        code_text: Callable[..., ExtractedArticle], text: str,
        want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events


def test_a_persons_name_holding_a_body_name_is_still_the_person(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the "Un" of "Kim Jong Un" is not the UN
    out = code_text("North Korean leader Kim Jong Un met Chinese officials on Monday.")
    assert ("PRK", "CHN") in pairs(out), out.events
