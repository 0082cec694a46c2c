"""A crowd defying a curfew or a ban is protesting, not refusing anything asked of a
party: "thousands defied the curfew", "crowds defied the ban on rallies". A government
defying a ruling still rejects it. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Thousands defied the curfew on Friday night.",
    "Shots rang out across the city as crowds defied the ban on rallies.",
])
def test_a_crowd_defying_a_curfew_protests(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("defied") == "PROTEST"


def test_a_government_defying_a_ruling_rejects_it(nlp: Any) -> None:
    assert readings(nlp, "The government defied the court ruling.").get("defied") == "REJECT"
