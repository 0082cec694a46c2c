"""An agentless arrest at a place of holding named by its owner ("at Tehran's airport")
is the owner's; a place named outright wins, and an owner of another kind of thing (an
embassy, a request) holds no one. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Protests spread over Gaza war\n\n"
         "Protesters rallied in several European capitals on Saturday against the war in "
         "Gaza. Organisers said tens of thousands took part. ")


def test_an_arrest_at_an_airport_named_by_its_city(code_text: Any) -> None:
    out = code_text(STORY + "A Briton was arrested at Tehran's Imam Khomeini airport.")
    assert {s for s, _ in pairs_in(out, "Briton")} == {"IRN"}, pairs_in(out, "Briton")


def test_guard_an_arrest_at_an_embassy_is_the_host_states(code_text: Any) -> None:
    out = code_text(STORY + "Twelve protesters were arrested at Israel's embassy in London.")
    assert "ISR" not in {s for s, _ in pairs_in(out, "embassy")}, pairs_in(out, "embassy")


def test_guard_a_consulate_names_no_holder(code_text: Any) -> None:
    out = code_text(STORY + "Two activists were detained at China's consulate in "
                    "Manchester.")
    assert "CHN" not in {s for s, _ in pairs_in(out, "consulate")}, \
        pairs_in(out, "consulate")


def test_guard_a_request_is_no_place(code_text: Any) -> None:
    out = code_text(STORY + "Two students were detained at Germany's request in Turkey.")
    assert "DEU" not in {s for s, _ in pairs_in(out, "request")}, pairs_in(out, "request")
