"""An agentless expulsion "from" a named country was that country's doing: the state
sends the person out of its own territory. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Italy arrests German ship captain\n\n"
         "Italian police arrested the German captain of a rescue ship on Saturday. "
         "Germany said it was following the case closely. ")


def test_an_envoy_expelled_from_a_country_by_no_agent(code_text: Any) -> None:
    out = code_text(STORY + "The Russian diplomat had been expelled from Poland in 2014.")
    assert ("POL", "RUS") in pairs_in(out, "expelled from"), pairs_in(out, "expelled")


def test_a_deportation_from_a_named_country(code_text: Any) -> None:
    out = code_text(STORY + "Two Iranian activists were deported from Spain last year.")
    assert any(s == "ESP" for s, _ in pairs_in(out, "deported from")), \
        pairs_in(out, "deported")


GERMAN_STORY = ("Germany hosts talks on migration\n\n"
                "Germany hosted European interior ministers in Berlin on Monday to discuss "
                "migration. The ministers agreed to meet again in May. ")


def test_guard_a_region_may_be_held_by_another_state(code_text: Any) -> None:
    out = code_text(GERMAN_STORY + "Thousands of Ukrainian children were deported from "
                    "Kherson to Russia, the report said.")
    assert "UKR" not in {s for s, _ in pairs_in(out, "Kherson")}, pairs_in(out, "Kherson")


def test_guard_residents_deported_from_an_occupied_region(code_text: Any) -> None:
    out = code_text(GERMAN_STORY + "Residents were deported from Crimea after 2014, the "
                    "report said.")
    assert "UKR" not in {s for s, _ in pairs_in(out, "Crimea")}, pairs_in(out, "Crimea")


def test_guard_a_people_driven_from_its_own_land(code_text: Any) -> None:
    out = code_text(GERMAN_STORY + "Palestinians were expelled from Gaza in 1948, the "
                    "minister recalled.")
    assert ("PSE", "PSE") not in pairs_in(out, "from Gaza"), pairs_in(out, "from Gaza")
