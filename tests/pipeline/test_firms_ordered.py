"""An authority ordering or telling firms to act does the act itself (PLOVER codes the act,
not a demand), as with its own officials: "ordered mobile operators to cut internet
access" (COERCE), "told lenders to freeze direct debits for trade with Spain" (SANCTION).
Foreign firms ordered out, a court's award against a firm, a negated or asked order, and
firms' own business stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "triple"), [
    ("The government of Zimbabwe ordered mobile operators to cut internet access.",
     ("COERCE", "ZWE", "ZWE")),
    ("Sri Lanka's regulator ordered internet providers to block Facebook and WhatsApp "
     "for three days.", ("COERCE", "LKA", "LKA")),
    ("Algeria's banking association told lenders to freeze direct debits for trade with "
     "Spain.", ("SANCTION", "DZA", "ESP")),
])
def test_firms_ordered_to_act_do_the_authoritys_act(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    got = code_text(text)
    assert triple in triples(got)
    assert "REQUEST" not in event_types(got)


@pytest.mark.parametrize("text", [
    "Russia ordered foreign companies to leave the market within a month.",
    "Washington told Chinese airlines to suspend flights to the United States.",
    "The court in Seoul ordered the company to pay compensation to the workers.",
    "South Korean court rulings ordered Japanese firms to compensate Koreans forced to "
    "work in their factories.",
])
def test_guard_foreign_firms_and_awards_stay_a_demand(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "REQUEST" in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "The government of Zimbabwe did not order mobile operators to cut internet access.",
    "Did the government of Zimbabwe order mobile operators to cut internet access?",
    "Apple told its suppliers in China to cut production.",
    "The union in Kenya told its members to block the roads.",
])
def test_guard_no_coercion_without_an_order_given(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


# Review guards: a leader, a capital's voice or activists telling firms to act appeal to
# them; a firm halting its own business does no act on anyone.

@pytest.mark.parametrize("text", [
    "Zelensky told companies to withdraw from Russia.",
    "Kyiv told banks to cut ties with Russia over the invasion.",
    "Activists told banks to cut ties with the Adani group.",
    "Ukraine's president told companies to suspend their business with Russia.",
    "Blinken told banks in the Gulf to freeze Russian assets.",
    "The US Treasury told banks in Hong Kong to freeze the accounts of sanctioned officials.",
    "The ambassador told firms in Lagos to suspend shipments to Niger.",
    "The European Commission ordered the company to suspend its operations in Hungary.",
])
def test_firms_told_by_no_authority_over_them_get_a_request(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    types = event_types(code_text(text))
    assert "REQUEST" in types
    assert not types & {"SANCTION", "RETREAT", "COERCE"}
