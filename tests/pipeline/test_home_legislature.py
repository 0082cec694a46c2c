"""A legislature or its members that their phrase gives no country ("urged lawmakers",
"asked parliament") are the speaker's own, not the other party of a two-party story;
a legislature named by its country, and a threat made before one, keep their coding.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "US and Cuba restore ties"
DEAL = "The United States and Cuba agreed on Wednesday to restore diplomatic relations. "


def test_a_leader_urging_lawmakers_urges_his_own(code_text: Any) -> None:
    out = code_text(DEAL + "President Barack Obama urged lawmakers to lift the trade "
                    "embargo on the island.", title=TITLE)
    assert ("REQUEST", "USA", "USA") in triples(out)
    assert ("REQUEST", "USA", "CUB") not in triples(out)


def test_a_leader_asking_parliament_asks_his_own(code_text: Any) -> None:
    out = code_text(DEAL + "Obama said on Thursday that he had asked Congress to hold "
                    "a debate on the embargo.", title=TITLE)
    assert ("REQUEST", "USA", "USA") in triples(out)


def test_the_other_partys_lawmakers_named_by_country(code_text: Any) -> None:
    out = code_text(DEAL + "Cuban President Raul Castro urged U.S. lawmakers to lift the "
                    "trade embargo.", title=TITLE)
    assert ("REQUEST", "CUB", "USA") in triples(out)


def test_a_threat_told_to_parliament_is_aimed_at_the_other_party(code_text: Any) -> None:
    out = code_text("Italy recalled its ambassador to Egypt on Friday over the death of "
                    "an Italian student in Cairo. Prime Minister Matteo Renzi had warned "
                    "parliament on Tuesday that Italy would take measures if Cairo did "
                    "not cooperate.", title="Italy recalls ambassador to Egypt")
    assert ("THREATEN", "ITA", "EGY") in triples(out)


def test_a_foreign_attack_on_parliament_stays_aimed_at_its_country(code_text: Any) -> None:
    # only statements addressed to a legislature are said at home, not force used on it
    out = code_text("Moldova expelled two Russian diplomats on Monday. Prosecutors said "
                    "Russian agents had planned to attack parliament during the vote.",
                    title="Moldova accuses Russia of coup plot")
    assert ("ASSAULT", "RUS", "MDA") in triples(out)
