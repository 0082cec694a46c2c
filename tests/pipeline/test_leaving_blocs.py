"""Leaving an international body or a treaty reduces relations with the body: "quit the
Arab League", "withdrew from the ICC", "its exit from the bloc" (PLOVER REJECT; "leave"
keeps its lexicon's SANCTION). Troops withdrawn from a place stay a military withdrawal
(RETREAT)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Burundi said it was quitting the African Union.", "quitting"),
    ("Burundi said it would withdraw from the International Criminal Court.", "withdraw"),
    ("Hungary announced its withdrawal from the International Criminal Court.",
     "withdrawal"),
    ("The three governments announced their exit from the West African bloc.", "exit"),
])
def test_leaving_a_body_rejects_it(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "REJECT"


def test_leaving_a_named_body_reduces_relations(nlp: Any) -> None:
    text = "Nicaragua announced on Friday that it was leaving the Organization of American States."
    assert _types(nlp, text).get("leaving") == "SANCTION"


def test_leaving_a_body_is_coded_against_it(code_text: Any) -> None:
    out = code_text("Burundi said on Monday it was quitting the African Union.")
    assert ("REJECT", "BDI", "IGO") in {(e.type, e.source and e.source.country,
                                         e.target and e.target.role) for e in out.events}


@pytest.mark.parametrize(("text", "word"), [
    ("Russia withdrew its troops from the city.", "withdrew"),
    ("The rebels announced their withdrawal from the town.", "withdrawal"),
    ("The minister left Brussels on Friday.", "left"),
])
def test_withdrawing_from_a_place_is_no_rejection(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) != "REJECT"


def test_leaving_a_body_named_by_an_untagged_acronym(nlp: Any) -> None:
    text = "The juntas announced on Sunday that they were quitting ECOWAS, deepening a rift."
    assert _types(nlp, text).get("quitting") == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The country withdrew from the maritime jurisdiction of the court last year.", "withdrew"),
    ("The government pulled out of the arbitration in 2015.", "pulled"),
    ("Lawmakers voted to quit the peace process.", "quit"),
    ("The island state quit the regional forum in May.", "quit"),
    ("The ministry delivered notice of withdrawal from the memorandum of understanding.",
     "withdrawal"),
])
def test_leaving_a_process_or_a_pact_rejects_it(nlp: Any, text: str, word: str) -> None:
    # a pact, forum or process one is party to is left as a body is: PLOVER REJECT
    assert _types(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The president withdrew his endorsement of the joint communique.", "withdrew"),
    ("The government is withdrawing its acceptance of the court's jurisdiction.",
     "withdrawing"),
])
def test_withdrawing_one_s_assent_rejects_the_text(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels pulled out of the city on Friday.", "pulled"),
    ("The army pulled its troops out of the border district.", "pulled"),
    ("Soldiers withdrew from the village after the agreement.", "withdrew"),
])
def test_pulling_out_of_a_place_stays_a_withdrawal(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "RETREAT"
