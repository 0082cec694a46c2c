"""A withdrawal is aimed at the country the forces leave, named by the act's own "from"
phrase ("troops withdrew from Mali and Niger"), not at the story's other party or at the
withdrawing state itself; a withdrawal from talks or a deal names no such country."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_withdrawal_from_a_named_country(code_text: Any) -> None:
    got = triples(code_text("Belgian soldiers completed their withdrawal from neighbouring "
                            "Chad in May."))
    assert ("RETREAT", "BEL", "TCD") in got
    assert ("RETREAT", "BEL", "BEL") not in got


def test_withdrawal_from_two_named_countries(code_text: Any) -> None:
    got = triples(code_text("Spain hosts the bloc's last base in the region after Italian "
                            "troops withdrew from Mali and Niger."))
    assert {("RETREAT", "ITA", "MLI"), ("RETREAT", "ITA", "NER")} <= got


def test_a_release_from_a_place_is_aimed_at_the_people_freed(code_text: Any) -> None:
    # the "from" phrase of a release names where they were, not whom it is aimed at
    out = code_text("Armenia and Azerbaijan held talks in Moscow. Azerbaijan released five "
                    "Armenian soldiers from Russia on Friday.")
    got = {(e.source and e.source.country, e.target and e.target.country)
           for e in out.events if e.type == "RETREAT"}
    assert ("AZE", "ARM") in got and ("AZE", "RUS") not in got, got
