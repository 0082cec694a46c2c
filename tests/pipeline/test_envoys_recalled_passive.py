"""An envoy of a named state recalled in a passive with no agent ("Brazil's ambassador
was called home"): a state recalls only its own envoys, so the envoy's state is the doer
and the recall is aimed at its post or the story's other party, not done by the other
party to the envoy. Sentences are made up for these tests; the guards pass either way
and keep the rule off what is no diplomatic recall."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import pairs_in


def test_called_home_after_the_other_partys_act(code_text: Any) -> None:
    out = code_text("Indonesia executed a Brazilian man on Sunday despite appeals from "
                    "Brasilia. Brazil's ambassador was called home for consultations, the "
                    "spokesman said.", title="Indonesia executes Brazilian drug convict")
    assert pairs_in(out, "was called home") == {("BRA", "IDN")}


def test_recalled_envoy_with_a_named_post(code_text: Any) -> None:
    out = code_text("Algeria's envoy to France was recalled for consultations on Saturday "
                    "after remarks by the French president.",
                    title="Algeria recalls envoy over remarks")
    assert pairs_in(out, "was recalled") == {("DZA", "FRA")}


def test_recalled_envoy_in_a_two_party_story(code_text: Any) -> None:
    out = code_text("Peru on Tuesday expelled Mexico's ambassador. Mexico's ambassador to "
                    "Peru was recalled on Friday, officials said.",
                    title="Peru expels Mexican ambassador over asylum row")
    assert pairs_in(out, "was recalled") == {("MEX", "PER")}


def test_withdrawn_from_the_host_capital(code_text: Any) -> None:
    out = code_text("Somalia's ambassador was withdrawn from Nairobi on Tuesday, the "
                    "government said.", title="Kenya and Somalia row over maritime border")
    assert pairs_in(out, "was withdrawn") == {("SOM", "KEN")}


def test_no_self_pair_without_a_host(code_text: Any) -> None:
    # one sentence, no post and no other party of the story: aimed at none, not at
    # the recalling state itself
    out = code_text("Brazil's ambassador was recalled, Indonesian officials said.")
    assert pairs_in(out, "was recalled") == {("BRA", None)}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Britain's first ambassador to Israel was recalled at a memorial service in "
     "Jerusalem on Sunday.", ("GBR", "ISR")),
    ("Germany's ambassador to Russia was fondly recalled at a reception in Berlin.",
     ("DEU", "RUS")),
    ("Canada's ambassador to India was recalled at a ceremony marking the embassy's "
     "anniversary.", ("CAN", "IND")),
])
def test_guard_recalled_as_remembered(code_text: Any, text: str,
                                      wrong: tuple[str, str]) -> None:
    # "recalled" remembering the envoy: no recall from the post by the envoy's state
    assert wrong not in pairs_in(code_text(text), "recalled")


def test_guard_recalled_as_a_witness(code_text: Any) -> None:
    # "as a witness": a role at a trial, no post the envoy leaves (no "former" here, so
    # only the "as" guard keeps the post off)
    out = code_text("Kenya's ambassador to the United States was recalled as a witness at "
                    "the corruption trial on Thursday.", title="Court case in Nairobi")
    assert ("KEN", "USA") not in pairs_in(out, "witness")


def test_guard_withdrawn_as_a_candidate(code_text: Any) -> None:
    out = code_text("Nigeria's former ambassador to Britain was withdrawn as a candidate in "
                    "the governorship race, the electoral commission said.",
                    title="Nigeria election news")
    assert ("NGA", "GBR") not in pairs_in(out, "candidate")


def test_guard_recall_petition_withdrawn(code_text: Any) -> None:
    out = code_text("A petition demanding the recall of the Chinese ambassador was "
                    "withdrawn by Canadian lawmakers on Monday.", title="Canada China tensions")
    assert ("CHN", "CAN") not in pairs_in(out, "petition")


def test_guard_goodwill_ambassador_withdrawn_from_a_squad(code_text: Any) -> None:
    # the SANCTION itself is the withdraw trigger's false positive, not this rule's;
    # asserted exactly so that any change to it shows
    out = code_text("Brazil's goodwill ambassador was withdrawn from the World Cup squad "
                    "after an injury, the federation said.", title="Football news")
    assert pairs_in(out, "squad") == {("BRA", None)}
