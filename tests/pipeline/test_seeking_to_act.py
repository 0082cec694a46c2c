"""Seeking to do something tells an aim or an attempt, not a request of anyone (no
REQUEST): "the country seeks to join the bloc", "rebels seeking to topple the
government". Seeking something from another party stays a request, and so does seeking
to persuade it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Norway seeks to join the customs union.", "seeks"),
    ("The minister blamed the unrest on gangs seeking to destabilise the country.",
     "seeking"),
    ("The agency said it would seek to keep a team at the plant.", "seek"),
])
def test_seeking_to_act_is_no_request(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "REQUEST"


@pytest.mark.parametrize(("text", "word"), [
    ("Poland seeks urgent consultations with its allies.", "seeks"),
    ("Chile had sought to persuade Peru not to sign the pact.", "sought"),
])
def test_seeking_from_another_party_is_a_request(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "REQUEST"



@pytest.mark.parametrize(("text", "word"), [
    ("The movement, which seeks independence for the region, condemned the vote.", "seeks"),
    ("The president said he would seek a third term in next year's election.", "seek"),
    ("About 20,000 people sought refuge at the mission's bases.", "sought"),
])
def test_seeking_one_s_own_goal_is_no_request(nlp: Any, text: str, word: str) -> None:
    # an aim the subject pursues asks nothing of another party
    assert readings(nlp, text).get(word) != "REQUEST"


@pytest.mark.parametrize(("text", "word"), [
    ("Ankara said it would seek the extradition of 20 suspects.", "seek"),
    ("The ministry is seeking clarification from the embassy.", "seeking"),
    ("The government sought the release of the detained sailors.", "sought"),
])
def test_seeking_something_of_another_party_stays_a_request(nlp: Any, text: str,
                                                            word: str) -> None:
    assert readings(nlp, text).get(word) == "REQUEST"
