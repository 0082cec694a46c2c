"""Verdicts on a measure or a process said by a party are its disapproval (ACCUSE):
"called the punishment cruel", "the vote was flawed", "a witch hunt", "the reaction was
disproportionate"."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_cruel_punishment_is_a_disapproval(code_text: Any) -> None:
    out = code_text("Dutch Foreign Minister Kees Bakker called the Indonesian punishment "
                    "cruel and inhumane.")
    assert ("ACCUSE", "NLD", "IDN") in triples(out)


def test_flawed_vote_is_a_disapproval(code_text: Any) -> None:
    out = code_text("The Organization of American States said the Honduran vote was so "
                    "flawed that it should be repeated.")
    assert ("ACCUSE", "IGO", "HND") in triples(out)


def test_witch_hunt_label_is_a_disapproval(code_text: Any) -> None:
    out = code_text("Hungary's prime minister described the Bosnian prosecution as a "
                    "political witch hunt.")
    assert ("ACCUSE", "HUN", "BIH") in triples(out)


def test_disproportionate_and_incompatible_are_disapprovals(code_text: Any) -> None:
    out = code_text("An EU spokeswoman said the reaction of the Belarusian security "
                    "services had been disproportionate.")
    assert ("ACCUSE", "IGO", "BLR") in triples(out)
    out = code_text("The EU foreign policy chief said the Georgian law was incompatible "
                    "with EU values.")
    assert ("ACCUSE", "IGO", "GEO") in triples(out)
