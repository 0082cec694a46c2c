"""A titled person whose title names a body ("Guards commander X", "Coalition spokesman
X", "Police chief X") and no country belongs to the country the story gave that body
when it named it before ("Iran's Revolutionary Guards", "the Saudi-led coalition"), not
to the story's focus country by guess. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_commander_of_a_body_named_before_is_of_its_country(code_text: Any) -> None:
    out = code_text("US warns Iran after tanker seizure\n\n"
                    "The United States warned Iran on Monday over the seizure of a tanker. "
                    "U.S. forces in the Gulf were put on alert. Iran's Revolutionary Guards "
                    "seized the tanker last week. Guards commander Ali Rezaei accused "
                    "Washington of piracy.")
    assert ("ACCUSE", "IRN", "USA") in triples(out), triples(out)


def test_a_spokesman_of_a_coalition_named_before_is_of_its_country(code_text: Any) -> None:
    out = code_text("Air strike hits Yemen port\n\n"
                    "An air strike by the Saudi-led coalition hit the port of Hodeidah in "
                    "Yemen on Friday, killing 12 people. Coalition spokesman Colonel Fahd "
                    "Nasser accused the Houthis of storing weapons in the port.")
    assert ("ACCUSE", "SAU", "YEM") in triples(out), triples(out)


def test_a_title_without_a_body_keeps_the_usual_guess(code_text: Any) -> None:
    out = code_text("US warns Iran after tanker seizure\n\n"
                    "The United States warned Iran on Monday over the seizure of a tanker. "
                    "Iran's Revolutionary Guards seized the tanker last week. Foreign "
                    "Minister Ali Rezaei accused Washington of piracy.")
    assert ("ACCUSE", "IRN", "USA") in triples(out), triples(out)
