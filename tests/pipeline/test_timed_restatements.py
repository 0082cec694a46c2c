"""An event noun that is the subject of "come", dated against another event, restates an
act already told in order to time it: "The Turkish strike came hours after the two
navies held drills", "the clashes came a day after a mine wounded two soldiers". The
other event stays coded. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The Turkish strike came only hours after the two navies held joint drills.", "strike"),
    ("The clashes came a day after a landmine wounded two soldiers.", "clashes"),
])
def test_an_act_timed_against_another_is_no_new_event(nlp: Any, text: str,
                                                       word: str) -> None:
    assert word not in readings(nlp, text)


def test_the_event_it_is_timed_against_stays(nlp: Any) -> None:
    got = readings(nlp, "The clashes came a day after a landmine wounded two soldiers.")
    assert got.get("wounded") == "ASSAULT"
