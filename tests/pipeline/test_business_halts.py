"""A firm halting its own work is a business decision, no sanction by the state it works
in: "Chevron suspended operations at its refinery in Venezuela". Halts by states, by
listed state companies and halts aimed at a party keep their reading. Sentences are made
up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word"), [
    ("Chevron suspended operations at its refinery in Venezuela.", "suspended"),
    ("Volkswagen suspended production at its plant in China.", "suspended"),
    ("Toyota suspended production at its factories in Thailand after the floods.",
     "suspended"),
    # (a guard: no reading before the change either)
    ("ExxonMobil halted drilling off the coast of Guyana.", "halted"),
])
def test_a_firm_halting_its_own_work_sanctions_no_one(nlp: Any, text: str,
                                                      word: str) -> None:
    assert readings(nlp, text).get(word) != "SANCTION"


@pytest.mark.parametrize(("text", "word"), [
    # guards: states, listed state companies, halts aimed at a party
    ("The United States suspended aid to Ethiopia.", "suspended"),
    ("Russia suspended gas deliveries to Poland.", "suspended"),
    ("Germany suspended arms exports to Israel.", "suspended"),
    ("Gazprom suspended gas deliveries to Bulgaria.", "suspended"),
    ("Maersk suspended shipments to Israel.", "suspended"),
    ("Qatar Airways suspended flights to Beirut.", "suspended"),
    ("The Iraqi government suspended work at the Kurdish oil fields.", "suspended"),
])
def test_other_halts_stay_sanctions(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "SANCTION"


@pytest.mark.parametrize("text", [
    # review: through the whole coder a one-line story headed "News" gives "Meta" no ORG tag; an
    # untagged name that no lexicon knows is still a firm
    "Meta closed thousands of accounts linked to a Chinese influence campaign.",
    "Meta closed thousands of accounts linked to Russian disinformation.",
])
def test_an_untagged_firm_closing_accounts_coerces_no_one(code_text: Any, text: str) -> None:
    assert "COERCE" not in {t[0] for t in triples(code_text(text, title="News"))}


@pytest.mark.parametrize(("text", "doer"), [
    # guards: a leader, a state, a capital closing opponents' accounts still represses
    ("Lukashenko closed hundreds of accounts of opposition groups.", "BLR"),
    ("Tokayev closed the accounts of the opposition party.", "KAZ"),
    ("Tehran closed the accounts of opposition activists.", "IRN"),
    ("Turkey closed thousands of bank accounts of Gulen followers.", "TUR"),
])
def test_a_state_closing_accounts_still_coerces(code_text: Any, text: str, doer: str) -> None:
    assert doer in {t[1] for t in triples(code_text(text)) if t[0] == "COERCE"}
