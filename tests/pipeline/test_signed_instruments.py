"""Signing an instrument of one's own (an order, a directive, a notice, a law, a letter)
endorses no one (no PLOVER SUPPORT); what the instrument does is coded on its own words.
Agreements signed with another party, and decrees whose content is a sanction, keep
their readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Foreign Secretary Teodoro Locsin Jr signed the notice, which was handed to the deputy "
    "chief of mission at the U.S. embassy in Manila.",
    "On Wednesday, Trump signed an executive order directing the construction of a wall "
    "along the border with Mexico.",
    "Officials say the law signed by President Cyril Ramaphosa in January allows "
    "expropriation without compensation.",
    "More than 100 Georgian diplomats signed an open letter on the EU talks.",
])
def test_an_instrument_signed_is_no_endorsement(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SUPPORT" not in event_types(code_text(text))


# Guards (pass before and after): agreements with another party and sanction decrees.

@pytest.mark.parametrize(("text", "triple"), [
    ("Chile and Peru signed a fisheries agreement in Lima on Tuesday.", ("AGREE", "CHL", "PER")),
    ("The presidents of Rwanda and Uganda signed a memorandum in Luanda on Wednesday.",
     ("AGREE", "RWA", "UGA")),
    ("Israel and the UAE signed a peace treaty at the White House.", ("AGREE", "ISR", "ARE")),
    ("Trump signed an executive order imposing sanctions on Iran's supreme leader.",
     ("SANCTION", "USA", "IRN")),
])
def test_guard_agreements_and_sanction_decrees_keep_their_reading(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Did Trump sign the order on Mexico?",
    "Trump did not sign the executive order on Mexico.",
    "The order was signed in Washington before the talks with Mexico.",
    "Lithuania's minister signed an order allowing guards to turn back migrants from "
    "Belarus.",
])
def test_guard_no_support_from_an_instrument_in_any_form(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SUPPORT" not in event_types(code_text(text))


# A letter is no instrument of one's own when its "of" noun carries the stance (of
# intent, of support, of solidarity), and no signing is one's own when a partner signs
# too or is signed with: these keep the signing's pair.

@pytest.mark.parametrize(("text", "pair"), [
    ("Ukraine signed a letter of intent with Sweden on Monday to buy up to 150 Gripen "
     "fighter jets.", {"UKR", "SWE"}),
    ("Poland signed a letter of intent with South Korea to buy K2 tanks.", {"POL", "KOR"}),
    ("Ukraine and France signed a letter of intent on the supply of 100 Rafale jets.",
     {"FRA", "UKR"}),
    ("The defence ministers of Poland and Lithuania signed a letter of intent on joint air "
     "patrols.", {"LTU", "POL"}),
    ("Macron signed a letter of support for Moldova's bid to join the European Union.",
     {"FRA", "MDA"}),
    ("Biden signed a letter of appreciation to Qatar's emir for mediating the hostage deal.",
     {"USA", "QAT"}),
    ("Dozens of US lawmakers signed a letter of solidarity with Taiwan.", {"USA", "TWN"}),
])
def test_a_letter_of_stance_or_a_joint_signing_keeps_its_pair(
        code_text: Callable[..., ExtractedArticle], text: str, pair: set[str]) -> None:
    assert any(kind in ("AGREE", "SUPPORT") and {src, tgt} == pair
               for kind, src, tgt in triples(code_text(text)))
