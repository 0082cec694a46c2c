""""Protest" said of people in a named place ("women protested in Lima") or of a crowd
told by a participle ("fired on supporters protesting in the capital") is a
demonstration (PROTEST); a state's or an envoy's protest to another party, even one
lodged from a capital, stays a complaint (ACCUSE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "A small group of women protested in Lima on Thursday, chanting that education was "
    "their right.",
    "On Monday soldiers opened fire on opposition supporters protesting in central Lima "
    "against alleged vote rigging, killing six people.",
    # what a crowd carries is no party the protest is lodged with
    "Several families protested in Lima with photos of their sons on Thursday.",
])
def test_a_protest_held_in_a_place_is_a_demonstration(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert any(t[0] == "PROTEST" for t in got)
    assert not any(t[0] == "ACCUSE" for t in got)


@pytest.mark.parametrize("text", [
    "Chile protested to Peru over the arrest of its diplomat.",
    "Chile's ambassador in Lima protested in a letter to the Peruvian government.",
    "Chile protested with Peru's ambassador in Santiago on Monday.",
])
def test_a_protest_to_a_party_stays_a_complaint(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", "CHL", "PER") in got
    assert not any(t[0] == "PROTEST" for t in got)


@pytest.mark.parametrize(("text", "triple"), [
    ("China protested in Beijing on Monday over the US warship's passage.",
     ("ACCUSE", "CHN", "USA")),
    ("Japan protested in Seoul on Tuesday over the South Korean navy's drills.",
     ("ACCUSE", "JPN", "KOR")),
    ("Pakistan protested in New Delhi over India's remarks on Kashmir.",
     ("ACCUSE", "PAK", "IND")),
    ("China's foreign ministry protested in Beijing over the US warship's passage.",
     ("ACCUSE", "CHN", "USA")),
    # the docstring's rule: a protest to a party stays a complaint, wherever it is lodged
    ("Iran protested in Tehran to the Swiss ambassador over the US sanctions.",
     ("ACCUSE", "IRN", "CHE")),
])
def test_a_state_protesting_from_a_capital_complains(
        code_text: Any, text: str, triple: tuple[str, str, str]) -> None:
    got = triples(code_text(text))
    assert triple in got
    assert not any(t[0] == "PROTEST" for t in got)
