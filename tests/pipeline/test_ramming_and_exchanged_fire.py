"""Two recurring wire constructions of violence: vessels or vehicles ramming another
("coast guard boats rammed the supply ship") and the nominal "exchange of fire", which is
fighting like the verb "exchanged fire", not a prisoner exchange."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_ramming_a_vessel_is_an_assault(code_text: Any) -> None:
    got = triples(code_text("Vietnamese fishing boats were rammed by Chinese coast guard "
                            "vessels near the Paracel Islands on Sunday."))
    assert any(t == "ASSAULT" for t, _, _ in got), got


def test_rammed_with_an_object(nlp: Any) -> None:
    assert readings(nlp, "Two Iranian speedboats rammed a Greek tanker in the Gulf.")[
        "rammed"] == "ASSAULT"


def test_an_exchange_of_fire_is_fighting(nlp: Any) -> None:
    got = readings(nlp, "A brief exchange of artillery fire between Indian and "
                        "Pakistani troops was reported on Tuesday.")
    assert got.get("exchange") == "ASSAULT", got


def test_an_exchange_of_prisoners_stays_a_release(nlp: Any) -> None:
    got = readings(nlp, "An exchange of prisoners between Yemen's warring parties "
                        "took place on Friday.")
    assert got.get("exchange") == "RETREAT", got
