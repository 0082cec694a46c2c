"""A present-perfect relative clause on a place tells what goes on there ("near Lake
Chad, where the group has attacked army positions"), unlike one on an actor, which only
says who the actor is ("a group that has attacked army positions";
described_mentions.told_of_place)."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_a_clause_on_a_place_reports_the_act(nlp: Any) -> None:
    text = ("Niger is also fighting rebels near Lake Chad, where the group has repeatedly "
            "attacked army positions.")
    assert readings(nlp, text).get("attacked") == "ASSAULT"


def test_a_clause_on_an_actor_is_its_record(nlp: Any) -> None:
    text = "Niger is fighting a group that has repeatedly attacked army positions."
    assert "attacked" not in readings(nlp, text)
