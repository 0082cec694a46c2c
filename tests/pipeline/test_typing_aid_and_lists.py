"""Aid given in kind, money or arms ("provided X with missiles", "approved a loan",
"granted asylum"), blacklisting as a sanction, a "sit-in" as a protest, and content that
did not happen ("without agreement", "warned against sending troops")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Canada provided Ukraine with artillery shells and air defence systems.",
     ("AID", "CAN", "UKR")),
    ("France granted asylum to the Iranian dissident.", ("AID", "FRA", "IRN")),
    ("The United States added 12 Chinese firms to its trade blacklist.",
     ("SANCTION", "USA", "CHN")),
])
def test_aid_and_blacklists(code_text: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


def test_approving_a_loan_is_aid(code_text: Any) -> None:
    out = code_text("The World Bank approved a $2 billion loan to Egypt.")
    assert {e.trigger for e in out.events if e.type == "AID"} == {"approve loan"}


def test_delivering_arms_later_is_a_promise(code_text: Any) -> None:
    out = code_text("Germany will deliver more howitzers to Ukraine.")
    assert ("AGREE", "DEU", "UKR") in triples(out)


def test_providing_a_statement_is_no_aid(code_text: Any) -> None:
    out = code_text("Canada provided Ukraine with a statement on the talks.")
    assert "AID" not in {e.type for e in out.events}


def test_a_sit_in_is_a_protest(code_text: Any) -> None:
    out = code_text("Serbian students staged a sit-in outside parliament in Belgrade.")
    assert "PROTEST" in {e.type for e in out.events}


def test_talks_ending_without_agreement_agree_nothing(code_text: Any) -> None:
    out = code_text("Talks between Sudan and Egypt ended without agreement on Monday.")
    assert "AGREE" not in {e.type for e in out.events}


def test_what_is_warned_against_is_not_done(code_text: Any) -> None:
    out = code_text("Russia warned France against sending troops to Ukraine.")
    assert "MOBILIZE" not in {e.type for e in out.events}
