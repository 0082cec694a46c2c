"""An agentless release ("the two men were freed") is the doing of whoever held them: in
a story about one country, that country's state. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Peru police detain opposition leaders after march\n\n"
         "Peruvian police detained two opposition leaders in Lima on Monday after a march "
         "against the government. The interior ministry said the march had been illegal. ")


def test_an_agentless_release_in_a_one_country_story_is_its_own(code_text: Any) -> None:
    out = code_text(STORY + "The student leader was freed on Friday after two days in "
                    "custody.")
    assert ("PER", "PER") in pairs_in(out, "was freed"), pairs_in(out, "was freed")


def test_a_release_on_bail_is_its_own_states(code_text: Any) -> None:
    out = code_text(STORY + "The two men were released on bail on Wednesday.")
    assert ("PER", "PER") in pairs_in(out, "released on bail"), pairs_in(out, "released")
