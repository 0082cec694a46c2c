"""An act noun that is the object of an infinitive of purpose or aim is what is sought,
not an act done: "working to secure the release of its nationals" frees nobody, "opened
the crossing to facilitate the delivery of aid" delivers nothing yet. An offer ("ready
to hold talks") and the content of a vow ("vowed to keep up demonstrations") are read
as before. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry said it was working with other governments to secure the release of "
     "its nationals.", "release"),
    ("The council opened the crossing to facilitate the delivery of humanitarian aid.",
     "aid"),
])
def test_an_aimed_act_is_no_event(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)


def test_an_offer_stays_an_offer(nlp: Any) -> None:
    assert readings(nlp, "Lapid said he was ready to hold talks.").get("talks") == "AGREE"


def test_the_content_of_a_vow_is_read_as_before(nlp: Any) -> None:
    got = readings(nlp, "Protest leaders vowed on social media to keep up demonstrations.")
    assert got.get("demonstrations") == "PROTEST"


def test_an_aim_on_a_condition_stays_a_threat(nlp: Any) -> None:
    got = readings(nlp, "Israel had the backing of Washington to resume the war if the "
                        "talks proved futile.")
    assert got.get("war") == "THREATEN"


def test_a_decision_s_act_stays_coded(nlp: Any) -> None:
    got = readings(nlp, "Lima criticised Quito's decision to introduce martial law.")
    assert got.get("law") == "COERCE"
