"""A side does not tell of its own attack on itself: force whose victim is the
speaker's own country, told in a clause that names no attacker, is the other party's
in a two-party story, not the speaker's."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru and Chile trade fire at the border"
STORY = ("Peru accused Chile of shelling border posts. Chile denied the charge from Peru. "
         "Peru summoned the Chilean ambassador. ")


def test_weapons_striking_the_teller_are_the_other_party_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Several rockets struck Peru overnight, a Peruvian army "
                            "spokesman said.", title=TITLE))
    assert ("ASSAULT", "CHL", "PER") in got
    assert ("ASSAULT", "PER", "PER") not in got


def test_a_teller_still_does_what_it_tells_of_others(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Several rockets struck Chile overnight, a Peruvian army "
                            "spokesman said.", title=TITLE))
    assert ("ASSAULT", "PER", "PER") not in got


def test_a_pronoun_that_took_the_teller_is_no_doer_on_its_own_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "On Monday, they shot down a Peruvian drone near the "
                            "border, the Peruvian army said.", title=TITLE))
    assert ("ASSAULT", "PER", "PER") not in got


def test_people_killed_told_by_a_party_are_its_own_people(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Chile shelled border posts in Peru. Chile said Peru had provoked the "
             "clash. Chile recalled its ambassador from Lima. Chile closed the border. ")
    got = triples(code_text(story + "Peru said three children were killed on Sunday.",
                            title="Chile shells Peruvian border posts"))
    assert ("ASSAULT", "PER", "CHL") not in got
