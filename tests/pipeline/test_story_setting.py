"""A country named only as the place where things happen ("talks in Oslo", "fled to
Portugal") is the story's setting, not its second party: the acts of the story's own
country that name no recipient stay domestic. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import story_parties

TITLE = "Colombian rebels sign peace accord after talks in Norway"
BODY = ("Colombia's government and the rebels signed a peace accord on Monday after "
        "three years of talks in Oslo. "
        "Colombian President Juan Perez said the accord would end the war. "
        "The rebel commander, who fled to Norway in 2019, returned to Colombia last week. "
        "Colombian troops will withdraw from the jungle, and the rebels will disarm. "
        "The talks in Norway were hosted at a hotel in Oslo. "
        "Opposition leaders rejected the accord.")



def test_a_country_named_only_as_a_place_is_no_party(nlp: Any) -> None:
    focus, pair = story_parties(nlp, TITLE, BODY)
    assert focus == "COL"
    assert pair is None


def test_a_country_that_acts_is_still_a_party(nlp: Any) -> None:
    body = BODY.replace("The talks in Norway were hosted at a hotel in Oslo.",
                        "Norway said it would fund the disarmament. "
                        "Norway's foreign minister praised the accord.")
    _, pair = story_parties(nlp, "Norway backs Colombian peace accord", body)
    assert pair is not None and set(pair) == {"COL", "NOR"}
