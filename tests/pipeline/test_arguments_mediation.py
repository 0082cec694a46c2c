"""A mediator deals with both parties: "Brazil is attempting to mediate the dispute" in
a story about Peru and Chile is coded towards each of them, while a party that mediates
nothing of its own is left alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples, typed_pairs

TITLE = "Peru accuses Chile"
STORY = ("Peru condemned Chile. Peru said Chile had violated Peruvian waters. Chile rejected "
         "the criticism from Peru. ")


def test_mediator_meets_both_parties(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Brazil is attempting to mediate the dispute.",
                            title=TITLE))
    assert ("CONSULT", "BRA", "PER") in got
    assert ("CONSULT", "BRA", "CHL") in got


def test_mediating_with_a_named_party_keeps_that_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Brazil mediated between Peru and Ecuador last year.",
                            title=TITLE))
    assert ("CONSULT", "BRA", "CHL") not in got
    assert ("CONSULT", "BRA", "ECU") in got


# An offer to mediate between two parties is made to each of them (PLOVER AGREE), never
# by one of them to the other nor by the mediator to itself.

@pytest.mark.parametrize(("text", "pairs"), [
    ("Egypt offered to mediate between Israel and Hamas.", {("EGY", "ISR"), ("EGY", "PSE")}),
    ("Qatar has offered to mediate between Russia and Ukraine.",
     {("QAT", "RUS"), ("QAT", "UKR")}),
    ("Israel and Hamas have fought for months in Gaza. Turkey offered to mediate between "
     "Israel and Hamas, its foreign minister said on Friday.",
     {("TUR", "ISR"), ("TUR", "PSE")}),
    ("Algeria offered to mediate between Mali and Niger on Sunday.",
     {("DZA", "MLI"), ("DZA", "NER")}),
    # an agreement to mediate too (the rebels have no country of their own)
    ("Kenya agreed to mediate between the government of Sudan and the rebels.",
     {("KEN", "SDN")}),
])
def test_an_offer_to_mediate_is_made_to_each_party(
        code_text: Callable[..., ExtractedArticle], text: str,
        pairs: set[tuple[str, str]]) -> None:
    assert typed_pairs(code_text(text), "AGREE") == pairs


@pytest.mark.parametrize(("text", "triple"), [
    ("Turkey offered to host talks between Russia and Ukraine.", ("AGREE", "TUR", "TUR")),
    ("Egypt offered to mediate.", ("AGREE", "EGY", "EGY")),
    ("Egypt offered aid to Gaza.", ("AGREE", "EGY", "PSE")),
    ("Russia offered to swap prisoners with Ukraine.", ("AGREE", "RUS", "UKR")),
    ("Israel and Hamas agreed to a truce mediated by Qatar.", ("AGREE", "ISR", "PSE")),
    ("Egypt offered to mediate between the two clubs in Cairo.", ("AGREE", "EGY", "EGY")),
    ("Ethiopia offered to mediate the dispute between Sudan and South Sudan.",
     ("AGREE", "ETH", "SDN")),
])
def test_guard_other_offers_and_agreements_keep_their_pairs(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# A mediating clause with a subject of its own names another go-between: the agreement
# or proposal is made to that mediator, not to the parties it would mediate between.

@pytest.mark.parametrize(("text", "pairs"), [
    ("Ukraine agreed that Turkey should mediate between Kyiv and Moscow on grain exports.",
     {("UKR", "TUR")}),
    ("Hamas agreed that Egypt and Qatar would mediate between the movement and Israel.",
     {("PSE", "EGY"), ("PSE", "QAT")}),
    ("Israel agreed that Egypt would mediate between it and Hamas.", {("ISR", "EGY")}),
    ("Israel proposed that the United States mediate between it and Lebanon.",
     {("ISR", "USA")}),
])
def test_guard_agreeing_to_anothers_mediation_is_made_to_the_mediator(
        code_text: Callable[..., ExtractedArticle], text: str,
        pairs: set[tuple[str, str]]) -> None:
    assert typed_pairs(code_text(text), "AGREE") == pairs


# A pronoun subject of the mediating clause ("they", "we") is the offerer itself, as "it"
# is: no agreement between the offerers.

def test_offerers_agreeing_that_they_would_mediate_agree_with_no_one_of_themselves(
        code_text: Callable[..., ExtractedArticle]) -> None:
    pairs = typed_pairs(code_text("Qatar and Egypt agreed that they would mediate between "
                                  "Israel and Hamas."), "AGREE")
    assert not pairs & {("QAT", "EGY"), ("EGY", "QAT")}


# A refused or withheld mediation ("would not offer", "did not offer", "refused to
# mediate") refuses the parties it would have been between, never the refuser itself.

@pytest.mark.parametrize(("text", "pairs"), [
    ("Egypt would not offer to mediate between Israel and Hamas.",
     {("EGY", "ISR"), ("EGY", "PSE")}),
    ("Egypt did not offer to mediate between Israel and Hamas.",
     {("EGY", "ISR"), ("EGY", "PSE")}),
    ("Egypt refused to mediate between Israel and Hamas.", {("EGY", "ISR"), ("EGY", "PSE")}),
    ("Egypt will not mediate between Israel and Hamas.", {("EGY", "ISR"), ("EGY", "PSE")}),
    ("Russia will not offer Ukraine any concessions.", {("RUS", "UKR")}),
    ("Egypt refused to offer any concessions to Ethiopia.", {("EGY", "ETH")}),
])
def test_a_refused_mediation_refuses_each_party(
        code_text: Callable[..., ExtractedArticle], text: str,
        pairs: set[tuple[str, str]]) -> None:
    assert typed_pairs(code_text(text), "REJECT") == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    # questions, conditions, withheld comment, no parties, another's offer refused, a
    # denial, a club: no refusal is aimed at the parties of a "between"
    ("Did Egypt refuse to mediate between Israel and Hamas?", set()),
    ("If Egypt refused to mediate between Israel and Hamas, talks would collapse.", set()),
    ("Egypt refused to say whether it would mediate between Israel and Hamas.", set()),
    ("Egypt refused to mediate.", {("EGY", "EGY")}),
    ("Israel rejected Egypt's offer to mediate between it and Hamas.", {("ISR", "EGY")}),
    ("Egypt denied that it had refused to mediate between Israel and Hamas.",
     {("EGY", "EGY")}),
    ("The club refused to mediate between its two star players.", set()),
    ("Egypt agreed to mediate between Israel and Hamas.", set()),
])
def test_guard_no_refusal_aimed_at_the_parties(
        code_text: Callable[..., ExtractedArticle], text: str,
        pairs: set[tuple[str, str]]) -> None:
    assert typed_pairs(code_text(text), "REJECT") == pairs


@pytest.mark.parametrize("text", [
    # cold review: a refusal denied ("rejected claims that", "denied reports that",
    # "never refused") or on a condition is no refusal of the parties
    "Qatar rejected claims that it had refused to mediate between Israel and Hamas.",
    "Qatar denied reports that it had declined to mediate between Israel and Hamas.",
    "Qatar said it had never refused to mediate between Israel and Hamas.",
    "Egypt would refuse to mediate between Israel and Hamas if asked, an official said.",
])
def test_guard_a_denied_or_conditional_refusal_refuses_no_party(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not {t for _, t in typed_pairs(code_text(text), "REJECT")} & {"ISR", "PSE"}
