"""Protesters who "kept blocking" or "continued to march" are the subject of the
complement verb too: a crowd's obstruction is a protest, not a state's refusal."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings


def test_protesters_kept_blocking_roads(nlp: Any) -> None:
    assert readings(nlp, "Striking miners kept blocking the main highway into Lima.").get(
        "blocking") == "PROTEST"


def test_farmers_continued_to_block(nlp: Any) -> None:
    assert readings(nlp, "Farmers continued to block border crossings on Thursday.").get(
        "block") == "PROTEST"


def test_police_blocking_stays_a_refusal(nlp: Any) -> None:
    assert readings(nlp, "Riot police kept blocking the bridge to the palace.").get(
        "blocking") != "PROTEST"
