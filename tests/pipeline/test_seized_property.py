"""Property seized by one party of a two-party story (vessels, weapons, cargo) is taken
from the other party; power seized, or seizures in a one-country story, stay domestic.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("China and the Philippines clashed at a disputed shoal. The Philippines accused "
         "China of piracy. China said the Philippines had intruded. ")


def test_seized_weapons_are_taken_from_the_other_party(code_text: Any) -> None:
    out = code_text(STORY + "Chinese coast guard personnel seized rifles and radios.")
    assert ("COERCE", "CHN", "PHL") in triples(out)


def test_seized_power_is_domestic(code_text: Any) -> None:
    out = code_text("Mali and France.\n\nFrance withdrew its troops from Mali. Mali "
                    "accused France of spying. France rejected Mali's claims. The Malian "
                    "army seized power in 2020.")
    assert ("COERCE", "MLI", "FRA") not in triples(out)
