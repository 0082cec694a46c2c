""""In Yerevan, protesters rallied outside the government building": a sentence set in
a place by its opening phrase has that place's people and bodies as its role words
(protesters, police, the government), not the country the story is mostly about."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("Azerbaijani troops shelled villages in Karabakh on Monday. Azerbaijan's "
         "defence ministry said the operation was over. ")


def test_a_rally_in_the_other_capital_faces_its_own_government(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "In Yerevan, crowds of protesters rallied outside the government offices.",
        title="Azerbaijan shells Karabakh"))
    assert ("PROTEST", "ARM", "ARM") in got
    assert ("PROTEST", "ARM", "AZE") not in got


def test_police_in_the_opening_place_detain_its_people(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "In Yerevan, police detained 20 protesters.",
                            title="Azerbaijan shells Karabakh"))
    assert ("COERCE", "ARM", "ARM") in got
