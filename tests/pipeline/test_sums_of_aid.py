"""A sum of money given or pledged "in aid" is aid (PLOVER AID): the sum's "in" phrase
says what is given ("has given Bolivia billions of dollars in military aid", "pledged
250 million euros in emergency aid")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


def test_sum_given_in_aid(code_text: Any) -> None:
    got = triples(code_text("Japan has given Bolivia billions of dollars in military aid."))
    assert ("AID", "JPN", "BOL") in got


@pytest.mark.parametrize("text", [
    "Donors pledged about 250 million euros in emergency aid for the flood victims.",
    "Norway pledged 40 million dollars in humanitarian assistance.",
])
def test_sum_pledged_in_aid(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("pledged") == "AID"
