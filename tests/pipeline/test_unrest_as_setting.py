""""Unrest" names the disorder the news happens in, not an act by anyone: "sent police
to quell unrest", "during two nights of unrest", "denied any link to the unrest" report
no protest. As the subject of its own verb ("the unrest began in May") it reports one.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Paris sent more police to quell unrest.",
    "Police said 90 people were held during two nights of unrest.",
    "The ministry said it had nothing to do with the unrest.",
    "Reports of the unrest were worrying, Washington said.",
])
def test_unrest_as_backdrop_is_no_protest(nlp: Any, text: str) -> None:
    assert "PROTEST" not in {readings(nlp, text).get(w) for w in ("unrest", "Unrest")}


@pytest.mark.parametrize("text", [
    "The unrest began in May over fuel prices.",
    "Unrest spread to the southern provinces.",
])
def test_unrest_with_its_own_verb_is_a_protest(nlp: Any, text: str) -> None:
    assert "PROTEST" in readings(nlp, text).values()
