"""Coding rules, one test per rule: what the coder does and why (PLOVER guide)."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_meeting_within_one_country_is_not_a_dyad_with_itself(code_text: Any) -> None:
    out = code_text("Brazilian Foreign Minister Celso Amorim met Brazilian deputies in "
                    "Brasilia on Monday.")
    assert not any(t == "CONSULT" and s == g for t, s, g in triples(out))


def test_domestic_repression_keeps_both_sides_in_one_country(code_text: Any) -> None:
    out = code_text("Georgian police detained 40 Georgian protesters in Tbilisi on Monday.")
    assert ("COERCE", "GEO", "GEO") in triples(out)


def test_threat_recipient_named_in_its_content_clause(code_text: Any) -> None:
    assert ("THREATEN", "RUS", "UKR") in triples(
        code_text("Russia threatened to cut gas supplies to Ukraine."))
    assert ("THREATEN", "IRN", "ISR") in triples(
        code_text("Iran vowed to retaliate against Israel."))
    assert ("THREATEN", "PRK", "USA") in triples(
        code_text("North Korea warned that it would strike the United States."))


def test_promise_recipient_is_the_other_party_not_the_goods(code_text: Any) -> None:
    assert ("AGREE", "RUS", "UKR") in triples(
        code_text("Russia agreed to exchange prisoners with Ukraine."))


def test_conditional_coercion_is_a_threat(code_text: Any) -> None:
    out = code_text("The EU will impose sanctions on Iran unless it stops enrichment.")
    assert ("THREATEN", "IGO", "IRN") in triples(out)
    assert not any(t == "SANCTION" for t, _, _ in triples(out))


def test_a_past_act_with_an_epistemic_if_is_no_threat(code_text: Any) -> None:
    out = code_text("Israeli strikes killed 20 people in Gaza if reports are true.")
    assert not any(t == "THREATEN" for t, _, _ in triples(out))


def test_right_or_readiness_to_retaliate_is_a_threat(code_text: Any) -> None:
    assert ("THREATEN", "PAK", "IND") in triples(code_text(
        "Pakistan's prime minister said his country had every right to respond to India."))
    assert ("THREATEN", "IRN", "ISR") in triples(code_text(
        "Iran said it was ready to retaliate against Israel."))


def test_a_deadline_given_to_someone_is_a_demand(code_text: Any) -> None:
    out = code_text("Russia gave the Ukrainian government seven days to withdraw its troops.")
    assert ("REQUEST", "RUS", "UKR") in triples(out)


def test_participle_subject_is_read_through_to_its_own_subject(code_text: Any) -> None:
    out = code_text("West African leaders meeting in Abuja gave the coup leaders seven days "
                    "to reinstate Bazoum. They also closed borders with Niger.")
    assert ("SANCTION", "IGO", "NER") in triples(out)
