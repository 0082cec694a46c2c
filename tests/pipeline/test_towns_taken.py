"""Taking a town the entity tagger does not know as a place ("captured Goma", tagged as
a person) is still seizing a place by force, and so is "took" a town; "took" a state
or country in an election story is no seizure."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_a_captured_town_is_a_place_seized(nlp: Any) -> None:
    assert readings(nlp, "The rebels captured Goma last year.").get("captured") == \
        "ASSAULT"


def test_a_town_taken_is_a_place_seized(nlp: Any) -> None:
    assert readings(nlp, "The insurgents took Aleppo within days.").get("took") == \
        "ASSAULT"
    assert readings(nlp, "The fighters said they had taken Goma.").get("taken") == \
        "ASSAULT"


def test_a_state_taken_in_an_election_is_no_seizure(nlp: Any) -> None:
    assert "took" not in readings(nlp, "The senator took Pennsylvania easily.")
