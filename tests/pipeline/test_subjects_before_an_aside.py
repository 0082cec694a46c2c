"""The subject that opens a sentence does its main verb across an aside set off by commas
("Leaders of the bloc, meeting in Nairobi on Thursday, condemned ..."), also where the
parser hangs that verb on the aside and leaves it no subject of its own; an opening that
is no noun phrase ("In Kabul, ...", "Asked about ..., ...") names no subject.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "kind"), [
    ("Leaders of the East African bloc, meeting in Nairobi on Thursday, condemned the "
     "killings in Burundi.", ("ACCUSE", "IGO", "BDI")),
    ("Leaders of the Southern African bloc, meeting in Harare on Friday, condemned the "
     "coup in Lesotho.", ("ACCUSE", "IGO", "LSO")),
    ("The sermon, read by an aide of the cleric in the holy city of Najaf, called on "
     "parliament to withdraw its support for the government of Iraq.",
     ("REQUEST", "IRQ", "IRQ")),
    ("The cleric, whose followers took to the streets on Friday, called on parliament to "
     "dismiss the government of Iraq.", ("REQUEST", "IRQ", "IRQ")),
])
def test_the_opening_phrase_does_the_verb_after_the_aside(
        code_text: Any, text: str, kind: tuple[str, str, str]) -> None:
    assert kind in triples(code_text(text)), triples(code_text(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("In Kabul, on Monday, police detained 40 protesters.", ("COERCE", "AFG", "AFG")),
    ("The minister, a close ally of the president, accused of corruption last year, "
     "resigned on Friday.", ("RETREAT", "GOV", None)),
    ("Asked about the strike, the spokesman, speaking in Geneva, condemned it.",
     ("ACCUSE", "CHE", "CHE")),
    ("On Tuesday, the day after the vote, protesters attacked the office.",
     ("ASSAULT", "CVL", "GOV")),
])
def test_other_openings_keep_their_reading(code_text: Any, text: str,
                                           kind: tuple[str, str, str | None]) -> None:
    assert triples(code_text(text)) == {kind}, triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Relations soured in September, when Tigray held a vote, which Addis Ababa declared "
    "illegal.",
    "The weather, cold and wet all week, forced the organisers to cancel the parade.",
    "Is the government, which denies it, detaining journalists?",
    "Fans of the club, gathered in the square, celebrated the win over France.",
])
def test_no_act_is_made_of_an_opening_that_does_none(code_text: Any, text: str) -> None:
    assert triples(code_text(text)) == set(), triples(code_text(text))
