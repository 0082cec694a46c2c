"""A grant taken back is a sanction (PLOVER SANCTION), as a withdrawn licence or
accreditation is: "withdrew his asylum", "withdrew the visas of the delegation", "withdrew
its funding for the agency". Troops withdrawn stay a retreat; a denied or asked withdrawal
is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "pair"), [
    ("Ecuador's president withdrew his asylum hours before British police carried "
     "Assange out of the embassy in London.", ("ECU", "GBR")),
    ("Washington withdrew the visas of Nicaragua's delegation on Monday.", ("USA", "NIC")),
    ("Bahrain withdrew the citizenship of the Iranian cleric on Monday.", ("BHR", "IRN")),
])
def test_a_grant_withdrawn_is_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str, pair: tuple[str, str]) -> None:
    assert ("SANCTION", *pair) in triples(code_text(text))


# Guards (pass before and after): forces withdrawn, a withdrawal denied or asked, a
# question, and other things withdrawn are no sanction.

@pytest.mark.parametrize("text", [
    "Kenya withdrew its troops from Somalia.",
    "Russian troops withdrew from the right bank of the Dnipro.",
    "Germany will not withdraw its aid to Ukraine, Scholz said.",
    "Ukraine urged Washington not to withdraw aid.",
    "Did France withdraw its aid to Niger?",
    "The candidate withdrew from the race in Peru on Monday.",
    "The minister withdrew his remarks about Poland on Tuesday.",
    "Investors in London withdrew funds from the bank.",
])
def test_guard_other_withdrawals_are_no_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))


# Review guards: a grant word that only modifies the object ("aid workers", "asylum
# request", "visa sponsorship") names no grant taken back.

@pytest.mark.parametrize("text", [
    "The UN food agency withdrew its aid workers from northern Ethiopia after the attack.",
    "The opposition leader withdrew his asylum request in Sweden and returned to Belarus.",
    "The family withdrew their asylum claim and left Britain for Iraq.",
    "Britain withdrew from the Rwanda asylum scheme after the election.",
    "The company withdrew its visa sponsorship for foreign workers.",
    "The investor withdrew its funding round for the startup.",
    # every grant of the withdraw table, licences and accreditations as much as asylum
    "The broadcaster withdrew its licence application in Hungary.",
    "The reporter withdrew her accreditation request for the summit in Baku.",
])
def test_a_grant_word_modifying_the_object_is_no_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))
