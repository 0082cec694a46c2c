"""A perfect "had asked X to ..." is a request by the clause's subject, also where that
subject belongs to a conjoined clause ("said it was alarmed and had asked Chile to
explain"); only an agentless "when asked about ..." is a reporter's question. Sentences
are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("sentence", [
    "Peru said it was alarmed and had asked Chile to explain the raid.",
    "The Peruvian foreign minister said Lima was in contact with the rebels and had asked "
    "Chile to mediate.",
    "Peru has asked Chile to hand over the suspects.",
])
def test_a_perfect_request_is_a_request(code_text: Callable[..., ExtractedArticle],
                                        sentence: str) -> None:
    assert ("REQUEST", "PER", "CHL") in triples(code_text(sentence))


def test_when_asked_is_still_a_reporters_question(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Peru's foreign minister said when asked about the border that the "
                    "talks with Chile were useful.")
    assert not [e for e in out.events if e.type == "REQUEST"]
