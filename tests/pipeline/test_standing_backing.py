"""Support told in a simple-present relative clause ("Washington, which backs the two
bids", "the militias it backs") describes a standing alliance, not an act the story
reports (no SUPPORT); support done in the news ("Turkey backs the deployment", "which
backed the plan on Monday") stays SUPPORT. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Washington, which backs the two bids, also criticised the burning.", "backs"),
    ("The army struck targets linked to the militias it backs.", "backs"),
    ("The council, which supports the ceasefire, met on Friday.", "supports"),
])
def test_a_standing_alliance_is_no_support_event(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "SUPPORT"


@pytest.mark.parametrize(("text", "word"), [
    ("Turkey backs the deployment of troops to Qatar.", "backs"),
    ("Russia, which backed the plan on Monday, said talks would continue.", "backed"),
    ("The minister said Berlin supports the new sanctions.", "supports"),
])
def test_support_in_the_news_stays_support(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "SUPPORT"


def test_endorsing_in_a_relative_clause_is_still_support(code_text: Any) -> None:
    # only verbs of a standing alliance (back, support, fund ...) describe one
    out = code_text("The council adopted a resolution that endorses the US ceasefire plan "
                    "on Monday.")
    assert any(e.type == "SUPPORT" for e in out.events), out.events
