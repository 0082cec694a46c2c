"""Where the object of an object-typed verb sits: the noun a relative clause hangs on
("a curfew it had imposed"), a deadline parsed as an adverb ("gave the junta one week to
..."); light verbs that put a measure back ("reimposing curbs"); a crowd of followers
storming a building riots; an aircraft flying somewhere visits no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The army lifted a curfew it had imposed on Monday.", "imposed", "COERCE"),
    ("Leaders have given the junta one week to free the president.", "given", "REQUEST"),
    ("The cleric's followers stormed the ministry on Friday.", "stormed", "PROTEST"),
])
def test_object_found_where_it_sits(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


def test_reimposing_curbs_is_a_sanction(code_text: Any) -> None:
    got = triples(code_text("Canada responded by reimposing curbs on the Iranian oil firm."))
    assert any(t == "SANCTION" and s == "CAN" for t, s, _ in got)


def test_aircraft_flying_is_no_visit(nlp: Any) -> None:
    got = readings(nlp, "Two Peruvian air force planes will fly to Chile to collect the "
                        "stranded workers.")
    assert got.get("fly") != "CONSULT"
    assert readings(nlp, "The Peruvian president will fly to Chile on Monday.").get(
        "fly") == "CONSULT"
