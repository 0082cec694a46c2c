"""A plea in court answers the charges; it is no appeal. "Pleaded not guilty" rejects the
charges (REJECT), a guilty plea is no event, and "plead" for something or with someone
stays a request. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The former minister pleaded not guilty.",
    "The two activists have pleaded not guilty to the charges.",
    "The colonel pleaded innocent at his first hearing.",
])
def test_a_plea_of_not_guilty_rejects_the_charges(nlp: Any, text: str) -> None:
    got = readings(nlp, text)
    assert "REQUEST" not in got.values()
    assert "REJECT" in got.values()


def test_a_guilty_plea_is_no_demand(nlp: Any) -> None:
    got = readings(nlp, "The smuggler pleaded guilty to two counts.")
    assert got.get("pleaded") is None


@pytest.mark.parametrize("text", [
    "The mayor pleaded for calm.",
    "The family pleaded with the army to release him.",
])
def test_pleading_for_something_stays_a_request(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("pleaded") == "REQUEST"
