"""Recipients that stay at home in a two-party story: a crowd in the street is the
people of its own state (not the other party), and legislators who criticise or demand
with no named recipient address their own government."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Chile recalls envoy from Peru"
STORY = ("Chile recalled its ambassador from Peru on Monday after a border dispute. "
         "Chile condemned Peru. Peru rejected the criticism from Chile. ")


def test_police_firing_on_protesters_is_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Peruvian police fired on protesters in Lima on "
                            "Tuesday.", title=TITLE))
    assert ("ASSAULT", "PER", "PER") in got
    assert ("ASSAULT", "PER", "CHL") not in got


def test_troops_attacking_crowds_is_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Peruvian soldiers attacked the crowds with clubs.",
                            title=TITLE))
    assert ("ASSAULT", "PER", "CHL") not in got


def test_lawmakers_criticising_address_their_own_government(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Opposition lawmakers in Peru criticized the "
                            "agreement.", title=TITLE))
    assert ("ACCUSE", "PER", "PER") in got
    assert ("ACCUSE", "PER", "CHL") not in got


def test_a_government_criticising_still_aims_at_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The Peruvian government criticized the decision.",
                            title=TITLE))
    assert ("ACCUSE", "PER", "CHL") in got


def test_a_states_forces_face_their_own_public_whatever_the_focus(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Peru condemned Chile. Peru said Chile had violated Peruvian "
                            "waters. Chile rejected the criticism from Peru. Chilean police "
                            "fired tear gas at crowds in Arica on Sunday.",
                            title="Peru accuses Chile"))
    assert ("COERCE", "CHL", "CHL") in got
    assert ("COERCE", "CHL", "PER") not in got
