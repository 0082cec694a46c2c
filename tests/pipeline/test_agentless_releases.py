"""An agentless release ("the two men were freed") is the doing of whoever held them: in
a story about one country, that country's state. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Peru police detain opposition leaders after march\n\n"
         "Peruvian police detained two opposition leaders in Lima on Monday after a march "
         "against the government. The interior ministry said the march had been illegal. ")


def test_an_agentless_release_in_a_one_country_story_is_its_own(code_text: Any) -> None:
    out = code_text(STORY + "Both leaders were freed on Tuesday evening, their lawyer said.")
    assert ("PER", "PER") in pairs_in(out, "were freed"), pairs_in(out, "were freed")


def test_a_release_on_bail_is_its_own_states(code_text: Any) -> None:
    out = code_text(STORY + "The two men were released on bail on Wednesday.")
    assert ("PER", "PER") in pairs_in(out, "released on bail"), pairs_in(out, "released")


PAIR_STORY = ("Britain and Iran trade accusations over detained aid worker\n\n"
              "Britain summoned Iran's ambassador on Monday over the detention of a British "
              "aid worker. Iran said the case was a judicial matter. ")


def test_a_release_from_a_place_named_by_its_owner(code_text: Any) -> None:
    out = code_text(PAIR_STORY + "A second detainee, a Canadian engineer, was released from "
                    "Tehran's Evin prison on Friday.")
    assert ("IRN", "CAN") in pairs_in(out, "Evin prison"), pairs_in(out, "Evin prison")
