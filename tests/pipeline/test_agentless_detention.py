"""An arrest or detention whose clause names no agent: the story's own people are held
by their own state, even in a story with a second party; a foreigner, or someone held
at a named place abroad, by that other state. A headline's first item (before a
semicolon) names the story's focus. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

#: A story about Turkey's own politics that names the United States as its second party.
TITLE = "Turkey detains officers after failed coup, asks U.S. to extradite cleric"
BODY = ("Turkish authorities blamed a cleric living in the United States for the plot. "
        "Ankara asked Washington to send him back. Turkey's president said Turkey would "
        "purge the army. Turkish officials said the army was loyal. The United States said "
        "it would study any request. ")


def test_the_storys_own_people_detained_are_held_by_their_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "Around 3,000 people have been detained.", title=TITLE))
    assert ("COERCE", "TUR", "TUR") in got, got
    assert ("COERCE", "USA", "TUR") not in got, got


def test_named_foreigners_detained_are_held_by_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "Two U.S. citizens were detained.",
                            title=TITLE))
    assert ("COERCE", "TUR", "USA") in got, got


def test_a_detention_at_a_named_airport_is_the_host_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        BODY + "A former army chief was arrested at Los Angeles International Airport.",
        title=TITLE))
    assert ("COERCE", "USA", "TUR") in got, got


def test_a_semicolon_headlines_first_item_names_the_focus(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the U.S. is named as often as Cambodia and is the parser's headline subject; the
    # headline's first item is Cambodia's
    title = "Cambodian court bans opposition party; U.S. cuts election aid"
    body = ("The United States said it was withdrawing its support. Washington said the "
            "United States would review its ties. The U.S. embassy said the vote could not "
            "be fair. Cambodia's government said the party had plotted a revolt. Cambodian "
            "officials said Cambodia would not bow to pressure. The ministry said "
            "Cambodia's courts were independent. A former minister was arrested at his home.")
    got = triples(code_text(body, title=title))
    assert ("COERCE", "KHM", "KHM") in got, got
    assert ("COERCE", "USA", "USA") not in got, got
