"""A party that says it will not keep to an agreement, a ruling or an order refuses it
(PLOVER REJECT, source the party bound, target the party that binds it): "said it would
not renew the pact", "vowed not to comply with the verdict", "would no longer abide by the
accord". Keeping to something is no event of its own, and a passive, a condition or a
promise to keep it refuses nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "refusal"), [
    ("Chile said it would not renew the fishing agreement with Argentina.",
     ("REJECT", "CHL", "ARG")),
    ("Chile said it would not comply with the order from Peru.",
     ("REJECT", "CHL", "PER")),
    ("Peru said its troops would not obey orders from Bolivia.",
     ("REJECT", "PER", "BOL")),
    ("Ghana would not honour the debt deal with China, its finance minister said.",
     ("REJECT", "GHA", "CHN")),
    ("The Serb leader vowed not to comply with the verdict of the Bosnian court.",
     ("REJECT", "SRB", "BIH")),
])
def test_a_vow_not_to_keep_to_a_deal_or_ruling_refuses_it(
        code_text: Any, text: str, refusal: tuple[str, str, str]) -> None:
    assert refusal in triples(code_text(text))


def test_no_longer_abiding_by_a_ruling_is_a_refusal(code_text: Any) -> None:
    coded = triples(code_text("Chile said it would no longer abide by the ruling of the "
                              "Peruvian court."))
    assert ("REJECT", "CHL", "PER") in coded


@pytest.mark.parametrize("text", [
    # guard: a promise to keep to it is no refusal
    "Chile said it would renew the fishing agreement with Argentina.",
    # guard: a passive tells what became of the deal, not who refused it
    "The fishing agreement with Argentina would not be renewed, Chile said.",
    # guard: a condition refuses nothing
    "If Chile does not comply with the order, Peru will impose sanctions.",
    # guard: an open question refuses nothing
    "Chile did not say whether it would renew the agreement with Argentina.",
    # guard: not ruling something out is no refusal (and no verb of keeping)
    "Chile said it would not rule out sanctions against Peru.",
])
def test_kept_passive_conditional_or_open_compliance_refuses_nothing(
        code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "REJECT"}


@pytest.mark.parametrize(("text", "refusal"), [
    ("Sweden's prime minister said Sweden would not be intimidated by Russia.",
     ("REJECT", "SWE", "RUS")),
    ("Chile said it would not be pushed around by Washington.",
     ("REJECT", "CHL", "USA")),
])
def test_a_party_that_will_not_be_pressed_defies_the_presser(
        code_text: Any, text: str, refusal: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert refusal in coded
    # the presser refuses nothing
    assert not {t for t in coded if t[0] == "REJECT" and t[1] == refusal[2]}


@pytest.mark.parametrize("text", [
    # guard: pressing done to a party, told by it, is no refusal
    "Chile said its fishermen had been intimidated by Peruvian patrol boats.",
    # guard: an active verb of pressing is the pressing, not its defiance
    "Chile said Peru would not pressure its neighbours over the fishing dispute.",
])
def test_pressing_suffered_or_done_is_no_defiance(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "REJECT"}


@pytest.mark.parametrize("text", [
    # guard: a request that another not keep to something is the request, no refusal
    "The opposition urged soldiers not to obey orders from the junta.",
    "The US urged Israel not to implement the plan.",
    # guard: a past failure to keep, told by another, is a charge, not a vow
    "Ukraine said Russia had not honoured the prisoner exchange deal.",
    "Kyiv accused Moscow of not honouring the prisoner exchange deal.",
])
def test_urged_or_charged_non_compliance_is_no_refusal(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "REJECT"}


@pytest.mark.parametrize(("text", "own"), [
    # guard: with no presser named, the pressed party is never its own presser
    ("South Africa would not be bullied, the president said.", "ZAF"),
    ("Sweden would not be intimidated, the minister said after Russian jets flew over "
     "the Baltic.", "SWE"),
])
def test_a_party_defying_unnamed_pressure_is_not_its_own_presser(
        code_text: Any, text: str, own: str) -> None:
    coded = triples(code_text(text))
    assert ("REJECT", own, own) not in coded


def test_troops_pushing_an_offensive_back_is_no_defied_pressure(code_text: Any) -> None:
    # guard: "pushed back" by troops is fighting; only "pushed around" is pressure
    coded = triples(code_text("Russia said the offensive would not be pushed back by "
                              "Ukrainian troops."))
    assert not {t for t in coded if t[0] == "REJECT"}
