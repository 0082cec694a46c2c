"""A thing that strikes names the doer as a thing: "a shell hit the post", "devices
exploded, killing 12", told by a spokesman or officials, is no act of the teller's.
The clause has its subject, a thing that is no actor, so the teller is not read in as
the doer (PLOVER: the attack of nobody named). A teller still does what its clause
says it did ("said it had killed"), and an act noun ("the raid hit") is its author's.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Blasts hit Peru as border row with Chile deepens"
STORY = ("Peru accused Chile of backing armed groups. Chile denied the charge. "
         "Peru summoned the Chilean ambassador. ")


def test_devices_exploding_and_killing_are_no_act_of_the_officials_who_tell_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Radios carried by guards exploded across the country on Monday, "
        "killing 12 people, Peruvian officials said.", title=TITLE))
    assert not any(t == "ASSAULT" and s == "PER" for t, s, _ in got), got


def test_a_shell_hitting_a_base_is_no_act_of_the_ministry_that_tells_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Brazil's defence ministry said two of its engineers were wounded when "
        "a shell struck their truck at a U.N. base.", title=TITLE))
    assert not any(t == "ASSAULT" and s == "BRA" for t, s, _ in got), got


def test_a_teller_that_says_it_struck_still_struck(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile said it had struck two rebel camps in Peru.",
                            title=TITLE))
    assert ("ASSAULT", "CHL", "PER") in got, got


def test_an_operation_told_by_its_author_is_its_authors(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Chile's defence ministry said the operation had hit rebel camps in Peru.",
        title=TITLE))
    assert ("ASSAULT", "CHL", "PER") in got, got
