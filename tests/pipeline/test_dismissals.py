"""Dismissing what another party said or proposed (an accusation, a report, a claim, a
demand, a plan, an argument) brushes it aside: a rejection (PLOVER REJECT), not a
disapproval. Dismissing a thing or people "as" something stays a disapproval, and
dismissing an official or a cabinet from office a sanction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize("text", [
    "The foreign ministry dismissed the allegations as baseless.",
    "Hanoi dismissed the report on Friday.",
    "The government dismissed the union's demands.",
])
def test_dismissing_a_claim_rejects_it(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The Taliban dismissed the arrangement in a statement on Monday.", "dismissed"),
    ("The judges dismissed Kenya's argument that Somalia had accepted the border.",
     "dismissed"),
    ("The embassy said it had no reports of deaths, dismissing rumours that students had "
     "been killed.", "dismissing"),
    ("Moscow dismissed remarks by the Estonian prime minister.", "dismissed"),
])
def test_a_plain_dismissal_rejects(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize("text", [
    'Lukashenko dismissed the protesters as "sheep" controlled from abroad.',
    "The Serbian president dismissed the opposition as traitors.",
])
def test_dismissing_people_as_a_label_disparages_them(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "ACCUSE"


def test_the_rejection_is_aimed_at_the_claimant(code_text: Callable[..., Any]) -> None:
    out = code_text("Ghana dismissed Togo's accusation on Monday.")
    assert ("REJECT", "GHA", "TGO") in triples(out)


def test_dismissing_a_measure_as_a_label_disapproves(nlp: Any) -> None:
    assert readings(nlp, "The minister dismissed the new tariffs as absurd.").get(
        "dismissed") == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The president dismissed the defence minister on Tuesday.",
    "The prime minister dismissed the army chief after the attack.",
    "President Saied dismissed the cabinet on Sunday and suspended parliament.",
])
def test_dismissing_an_official_stays_a_sanction(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "SANCTION"


@pytest.mark.parametrize(("text", "pair"), [
    ("Opposition leaders dismissed the Trump administration as a threat to democracy.",
     ("OPP", "USA")),
    ("Erdogan dismissed the Greek administration in Cyprus as illegitimate.", ("TUR", "GRC")),
    ("Russia dismissed the Moldovan government as a puppet of the West.", ("RUS", "MDA")),
])
def test_a_government_dismissed_as_something_is_disparaged_not_sacked(
        code_text: Callable[..., Any], text: str, pair: tuple[str, str]) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", *pair) in got and not any(t == "SANCTION" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    "The Taliban dismissed the administration in Kabul as a puppet of Washington.",
    "The opposition dismissed the new cabinet as a collection of loyalists.",
])
def test_a_cabinet_dismissed_as_something_stays_in_office(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("dismissed") == "ACCUSE"


def test_dismissing_a_cabinet_as_part_of_a_reshuffle_sacks_it(nlp: Any) -> None:
    assert readings(nlp, "The president dismissed the cabinet as part of a reshuffle.").get(
        "dismissed") == "SANCTION"


@pytest.mark.parametrize("text", [
    "Moscow has not dismissed the possibility of talks with Kyiv.",
    "Netanyahu has never dismissed a two-state solution outright.",
    "Moscow did not dismiss the report, saying it would study it.",
])
def test_a_dismissal_not_made_rejects_nothing(code_text: Callable[..., Any], text: str
                                               ) -> None:
    assert code_text(text).events == []
