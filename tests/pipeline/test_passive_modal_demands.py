"""A reported passive with a modal of obligation ("said the envoy should be expelled",
"said a new vote must be held in X") is the speaker's demand, as the active "X should
resign" already is."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_passive_should_on_a_party_is_a_demand_of_it(code_text: Any) -> None:
    out = code_text("Turkey's president said the Saudi officials responsible should be "
                    "tried in Istanbul.")
    assert ("REQUEST", "TUR", "SAU") in triples(out)


def test_passive_must_on_a_possessed_thing_is_a_demand_of_its_owner(code_text: Any) -> None:
    out = code_text("Bulgaria said Russia's embassy staff must be reduced to 20 people.")
    assert ("REQUEST", "BGR", "RUS") in triples(out)


def test_clause_initial_should_stays_a_condition(code_text: Any) -> None:
    out = code_text("Should the embassy be attacked, Bulgaria would respond.")
    assert not any(t == "REQUEST" for t, _, _ in triples(out))
