"""Armed groups, cartels and gangs news names without their country take the country they
come from, as the annotators code them ("the Sinaloa cartel" MEX, "the Allied Democratic
Forces" UGA, "Red Tabara" BDI). Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("The Sinaloa cartel attacked Guatemalan soldiers on Monday.", ("MEX", "GTM")),
    ("The Allied Democratic Forces attacked Congolese troops near Beni on Monday.",
     ("UGA", "COD")),
    ("Red Tabara rebels attacked Congolese soldiers on Monday.", ("BDI", "COD")),
])
def test_an_armed_group_is_its_home_country(code_text: Callable[..., ExtractedArticle],
                                            text: str, want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events


def test_the_australian_defence_force_is_no_ugandan_rebel_group(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "ADF" is also the Australian Defence Force: only the full name is the rebels'
    out = code_text("The ADF deployed 200 soldiers to the Solomon Islands on Monday, "
                    "Australia's defence minister said.")
    assert ("AUS", "SLB") in pairs(out), out.events
