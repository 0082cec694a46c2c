""""Allow", "let" and "permit" concede something only when a party permits it ("China
said it would allow the crew to leave"); said of a circumstance ("the delay would allow
her to testify", "as soon as the weather allowed") or of a rule's terms they make
something possible, no one concedes (no CONCEDE). Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The minister said the postponement would allow the witness to testify.", "allow"),
    ("Rescue flights will resume as soon as the weather allows.", "allows"),
    ("The decision would allow the country to redefine its partnerships.", "allow"),
    ("Officials said the suspension would allow troops to resume drills.", "allow"),
])
def test_a_circumstance_that_allows_concedes_nothing(nlp: Any, text: str,
                                                    word: str) -> None:
    assert readings(nlp, text).get(word) != "CONCEDE"


@pytest.mark.parametrize(("text", "word"), [
    ("China said it would allow the crew to leave the island.", "allow"),
    ("The junta will allow observers into the country.", "allow"),
    ("The government will permit foreign journalists to enter the camps.", "permit"),
])
def test_a_party_that_allows_concedes(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "CONCEDE"


def test_a_bloc_or_kingdom_that_permits_concedes(code_text: Any) -> None:
    out = code_text("The kingdom would allow women to drive from June, officials said on "
                    "Monday.")
    assert any(e.type == "CONCEDE" for e in out.events), out.events


@pytest.mark.parametrize(("text", "word"), [
    ("Parliament passed a law in March allowing police to hold suspects for a month.",
     "allowing"),
    ("The two states signed a treaty in 2009 allowing Peruvian ships to use the port.",
     "allowing"),
])
def test_an_instrument_with_a_participle_on_its_verb_concedes_nothing(
        nlp: Any, text: str, word: str) -> None:
    # the parser hangs "allowing" on the verb ("passed", "signed"), not on the law
    assert readings(nlp, text).get(word) != "CONCEDE"
