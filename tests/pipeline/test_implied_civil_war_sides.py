"""A deal, concession or talks between the sides of a civil war whose other side the
story implies (no colleague of the same state is named) is coded as a dyad of that
country with itself, like the deals of a state with its named rebels."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_warring_parties_agreeing_a_truce_is_an_agreement(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Yemen's warring parties agree truce in Hodeidah",
                            title="Yemen's warring parties agree truce in Hodeidah"))
    assert ("AGREE", "YEM", "YEM") in got


def test_a_minister_meeting_a_colleague_stays_uncoded(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Kenya's foreign minister met Kenya's interior minister in "
                            "Nairobi on Monday."))
    assert not any(t == "CONSULT" for t, _, _ in got)
