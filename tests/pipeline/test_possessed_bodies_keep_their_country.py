"""A body named by its leader's name ("Maduro's government") has that leader's country,
not the focus guess, and is never turned into the story's other party for acting on its
own people. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("U.S. frees businessman in swap with Venezuela\n\n"
         "The United States freed a businessman on Wednesday. The United States said "
         "Venezuela had freed ten Americans. U.S. officials thanked Qatar. The United "
         "States said it would watch Venezuela. U.S. President Joe Biden said the "
         "United States would keep its sanctions. President Nicolas Maduro thanked "
         "Qatar. ")


def test_a_leaders_government_frees_its_own_prisoners(code_text: Any) -> None:
    out = code_text(STORY + "Maduro's government also freed 20 Venezuelan "
                    "political prisoners.")
    assert ("RETREAT", "VEN", "VEN") in triples(out), triples(out)
