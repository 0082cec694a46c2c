"""A fate foretold for the other side is the speaker's threat aimed at it: "Russia would
answer for the attack", "they would face revenge", "will have to pay a heavy price". A
party foretelling its own retaliation threatens too: "would exact a price", a bare "would
respond". One's own side paying a price is no threat. Sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru and Chile trade blame over border raid"
STORY = "Chilean troops raided a Peruvian border post on Monday. "


@pytest.mark.parametrize("sentence", [
    "Peru's president said Chile would answer for the raid.",
    "Peru's president said Chilean leaders would face revenge for the raid.",
    "Peru's president said Chile would pay a heavy price.",
    "\"They will have to pay a heavy price,\" Peru's president said.",
    "Peru's president warned that Chile would face severe penalties.",
])
def test_a_fate_foretold_for_the_other_side_is_the_speakers_threat(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    got = triples(code_text(STORY + sentence, title=TITLE))
    assert ("THREATEN", "PER", "CHL") in got
    assert ("THREATEN", "CHL", "PER") not in got


@pytest.mark.parametrize("sentence", [
    "Peru's defence minister said Peru would exact a price from Chile.",
    "Peru's foreign ministry said Peru would respond.",
])
def test_foretelling_ones_own_retaliation_threatens(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    assert ("THREATEN", "PER", "CHL") in triples(code_text(STORY + sentence, title=TITLE))


@pytest.mark.parametrize("sentence", [
    "\"We will pay a price for our mistakes,\" Peru's president said.",
    "Peru's president said Peru would respond to the letter next week.",
])
def test_own_costs_and_replies_are_no_threat(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    got = code_text(STORY + sentence, title=TITLE)
    assert not [e for e in got.events if e.type == "THREATEN"]
