"""A sum of money given "in aid" is aid (PLOVER AID): the sum's "in" phrase says what is
given ("has given Bolivia billions of dollars in military aid"). A pledge of a sum stays
a promise (its aid noun is coded with the pledge's own rules)."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_sum_given_in_aid(code_text: Any) -> None:
    got = triples(code_text("Japan has given Bolivia billions of dollars in military aid."))
    assert ("AID", "JPN", "BOL") in got


def test_sum_given_in_aid_reads_as_aid(nlp: Any) -> None:
    got = readings(nlp, "Norway gave the refugees 40 million dollars in food aid.")
    assert got.get("gave") == "AID"


def test_released_sum_is_aid_not_a_release(code_text: Any) -> None:
    # releasing money from a fund gives it; only people, bodies or ground are "released"
    got = triples(code_text("The World Bank released $20 million for Nepal."))
    assert ("AID", "IGO", "NPL") in got
    assert not any(t[0] == "RETREAT" for t in got)


def test_released_funds_read_as_aid(nlp: Any) -> None:
    got = readings(nlp, "Canada released emergency funds for the flood victims.")
    assert got.get("released") == "AID"


def test_released_prisoners_stay_a_release(nlp: Any) -> None:
    got = readings(nlp, "Canada released two prisoners on Monday.")
    assert got.get("released") == "RETREAT"
