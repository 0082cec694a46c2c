"""Nouns that name a kind of actor the role lexicon lacked (mutineers, bandits, rioters,
militiamen, gendarmes, mercenaries) are actors: the act has a doer, whose country the
story gives. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("Mutineers seized the radio station in Bamako on Monday.", ("MLI", "MLI")),
    ("Bandits killed 20 villagers in Zamfara state, Nigeria, on Monday.", ("NGA", "NGA")),
    ("In Vietnam, rioters attacked Chinese workers at a steel plant on Monday.",
     ("VNM", "CHN")),
])
def test_a_role_word_is_a_doer(code_text: Callable[..., ExtractedArticle], text: str,
                               want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events
