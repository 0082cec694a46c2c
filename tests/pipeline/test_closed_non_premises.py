""""Close" and "shut" are repression (PLOVER COERCE) when premises, outlets or roads are
shut; closing a case, a session, a loophole, or a firm closing accounts in its own
business, shuts nothing by force. A count is what it counts ("thousands of accounts").
A state closing its opponents' accounts stays repression. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Meta closed thousands of accounts linked to a Chinese influence campaign.", "closed"),
    ("Prosecutors in Seoul closed the case against the former minister.", "closed"),
    ("Brazil's Senate closed the session without a vote.", "closed"),
    ("Kenyan regulators closed a loophole in the tax law.", "closed"),
])
def test_closing_what_is_no_premises_coerces_no_one(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None


@pytest.mark.parametrize(("text", "word", "kind"), [
    # guards: premises, outlets, roads and opponents' accounts shut
    ("Iran's judiciary closed dozens of newspapers.", "closed", "COERCE"),
    ("Russian authorities closed the offices of Memorial.", "closed", "COERCE"),
    ("The junta shut hundreds of schools in Yangon.", "shut", "COERCE"),
    ("Police in Nairobi closed roads leading to parliament.", "closed", "COERCE"),
    ("Turkey closed thousands of bank accounts of Gulen followers.", "closed", "COERCE"),
    ("Israel closed the Rafah crossing on Sunday.", "closed", "SANCTION"),
    ("China closed two Canadian consulates.", "closed", "SANCTION"),
])
def test_shutting_premises_stays_an_event(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind


@pytest.mark.parametrize(("text", "word"), [
    # review: a market is premises; a chapter "of" an organisation is its branch
    ("Israeli troops closed the main market in Hebron's Old City on Friday.", "closed"),
    ("Russian troops closed the central market in Kherson and detained traders.", "closed"),
    ("Iranian police closed the Tehran market to end the strike.", "closed"),
    ("The army closed the fish market in Gaza City.", "closed"),
    ("Thai authorities closed dozens of markets in Bangkok after the protests.", "closed"),
    ("Russian authorities closed the Moscow chapter of Memorial, the human rights group.",
     "closed"),
    ("Police closed the local chapter of the opposition party in Minsk.", "closed"),
    ("Police closed the Kazan chapter of Navalny's foundation.", "closed"),
])
def test_closing_a_market_or_a_branch_coerces(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    # guards: a chapter of history, an event or a time is no branch
    ("The treaty closed the chapter of the Cold War in Europe, Gorbachev said.", "closed"),
    ("The ceasefire closed a bloody chapter of Colombia's history.", "closed"),
    ("The election closed the chapter of military rule in Thailand.", "closed"),
    ("The verdict closed a painful chapter for the families in Kenya.", "closed"),
])
def test_a_chapter_of_history_closes_nothing(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) is None
