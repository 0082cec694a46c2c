"""What something is "meant", "designed" or "intended" to do describes its purpose: the
infinitives under it (also a second one coordinated with the first) are no events."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_coordinated_purpose_infinitives_are_no_concession(nlp: Any) -> None:
    text = ("The pause, which took effect at dawn on Friday, is meant to let food reach "
            "the besieged districts and to allow the wounded to leave the city.")
    assert "allow" not in readings(nlp, text)


def test_a_scheme_designed_to_allow_is_no_concession(nlp: Any) -> None:
    text = "The corridor is designed to allow civilians to leave the region."
    assert "allow" not in readings(nlp, text)


def test_an_army_allowing_convoys_still_concedes(nlp: Any) -> None:
    # a done permission to pass is access granted (RETREAT: test_passage_allowed)
    text = "The army allowed the convoys to enter the city on Friday."
    assert readings(nlp, text).get("allowed") == "RETREAT"
