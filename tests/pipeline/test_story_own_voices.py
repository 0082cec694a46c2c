"""A statement by a person or group the story gives no country, in a story about one
country's own affairs, is that country's: "the bishop called on the government",
"the union rejected the measures". A story between two countries leaves such a voice
uncoded, since it may belong to either side."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("Fuel protests spread across Ecuador on Monday. Police in Quito fired tear gas at "
         "marchers, and the Ecuadorean government declared a state of emergency. ")


def test_a_bishop_calling_on_the_government(code_text: Any) -> None:
    got = triples(code_text(STORY + "The bishop of Cuenca has called on the government "
                            "to talk to the marchers."))
    assert ("REQUEST", "ECU", "ECU") in got


def test_witnesses_blaming_the_police(code_text: Any) -> None:
    got = triples(code_text(STORY + "Witnesses blamed the police for the deaths."))
    assert ("ACCUSE", "ECU", "ECU") in got


def test_a_statement_is_no_speaker(code_text: Any) -> None:
    got = triples(code_text(STORY + "The statement rejected the measures."))
    assert not any(t[0] == "REJECT" and t[1] == "ECU" for t in got)


def test_two_country_story_leaves_the_voice_uncoded(code_text: Any) -> None:
    story = ("Peru expelled Mexico's ambassador on Tuesday. Mexico recalled its envoy "
             "from Lima. ")
    got = triples(code_text(story + "Witnesses blamed the police for the deaths."))
    assert not any(t[0] == "ACCUSE" and t[1] in ("PER", "MEX") and t[2] == t[1]
                   for t in got)


def test_marchers_calling_on_both_sides(code_text: Any) -> None:
    # a crowd the story names by no country speaks for the story's country, as a
    # bishop or witnesses do
    got = triples(code_text(STORY + "The marchers have called on both sides to end the "
                            "standoff."))
    assert ("REQUEST", "ECU", "ECU") in got
