"""Violence with no doer's country ("two Chilean engineers were killed when a bomb
exploded") is placed at the story's dateline when its sentence names no place: the
victims' nationality says who was hit, not where. A doer with a country, a world body,
or a story with no dateline keep the target's country."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.event_places import event_location
from schemas import Actor


def _state(code: str) -> Actor:
    return Actor(text=code, name=None, country=code, role="GOV")


def _unnamed() -> Actor:
    return Actor(text="gunmen", name=None, country=None, role=None)


def test_violence_by_no_one_named_is_at_the_dateline() -> None:
    loc = event_location(None, "ASSAULT", None, _state("CHL"), "Lima")
    assert loc is not None and loc.country == "PER"


def test_violence_by_a_doer_without_a_country_is_at_the_dateline() -> None:
    loc = event_location(None, "ASSAULT", _unnamed(), _state("CHL"), "Lima")
    assert loc is not None and loc.country == "PER"


def test_violence_by_a_state_keeps_the_target_country() -> None:
    loc = event_location(None, "ASSAULT", _state("RUS"), _state("UKR"), "Moscow")
    assert loc is not None and loc.country == "UKR"


def test_violence_by_a_world_body_keeps_the_target_country() -> None:
    body = Actor(text="NATO", name=None, country=None, role="IGO")
    loc = event_location(None, "ASSAULT", body, _state("LBY"), "Brussels")
    assert loc is not None and loc.country == "LBY"


def test_violence_without_a_dateline_keeps_the_target_country() -> None:
    loc = event_location(None, "ASSAULT", None, _state("CHL"), None)
    assert loc is not None and loc.country == "CHL"


def test_other_acts_of_no_one_named_keep_the_target_country() -> None:
    loc = event_location(None, "AID", None, _state("CHL"), "Lima")
    assert loc is not None and loc.country == "CHL"


def test_the_sentence_place_still_wins() -> None:
    loc = event_location("Arequipa", "ASSAULT", None, _state("CHL"), "Santiago")
    assert loc is not None and loc.country == "PER"


@pytest.mark.parametrize("sentence", [
    "A bomb killed two Chilean engineers on Tuesday.",
    "Unknown attackers shot dead a Chilean diplomat on Tuesday.",
])
def test_a_datelined_attack_on_foreigners_is_at_the_dateline(code_text: Any,
                                                              sentence: str) -> None:
    # Both sentences are coded with a Chilean target and no doer's country; without the
    # rule they would be placed in Chile, the victims' country.
    out = code_text(f"LIMA, March 3 (newswire) - {sentence}")
    hits = [e for e in out.events if e.type == "ASSAULT"]
    assert hits and all(e.target is not None and e.target.country == "CHL" for e in hits)
    assert {e.location.country if e.location else None for e in hits} == {"PER"}
