"""A party foretelling how hard it will answer threatens (PLOVER THREATEN): "the response
would be harsh", "will give a strong response"; so does one saying the other side's act
"would not go unanswered" (aimed at the act's doer). An answer that is welcome, a plan that
"would not go ahead", or punishment given to the subject is no such threat. Sentences are
made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru and Chile trade blame over border raid"
STORY = "Chilean troops raided a Peruvian border post on Monday. "


@pytest.mark.parametrize("sentence", [
    "Peru's defence minister said the response would be harsh.",
    "Peru's army said its forces would give a strong response.",
    "Peru's president said the raid would not go unanswered.",
])
def test_a_measured_answer_foretold_threatens(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    assert ("THREATEN", "PER", "CHL") in triples(code_text(STORY + sentence, title=TITLE))


@pytest.mark.parametrize("sentence", [
    # guard: a welcome answer is no threat
    "Peru's president said a response from Chile would be welcome.",
    # guard: "go" with no answer at stake
    "Peru's president said the border talks would not go ahead.",
    # guard: punishment given to the subject is its fate, not an answer handed out
    "Peru's president said the soldiers would be given a fair trial.",
])
def test_guard_no_measured_answer(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    got = code_text(STORY + sentence, title=TITLE)
    assert not [e for e in got.events if e.type == "THREATEN"]
