"""Modality: a threat whose words hang on a condition is conditional."""

from __future__ import annotations

from typing import Any


def _threats(out: Any) -> set[str]:
    return {e.modality for e in out.events if e.type == "THREATEN"}


def test_a_threat_with_a_modal_of_possibility_is_conditional(code_text: Any) -> None:
    out = code_text("Paris threatened Niger with sanctions that could include a freeze of aid.")
    assert _threats(out) == {"conditional"}


def test_a_threat_answering_any_act_is_conditional(code_text: Any) -> None:
    out = code_text("Turkey threatened to respond to any incursion into its waters.")
    assert _threats(out) == {"conditional"}


def test_a_plain_threat_stays_asserted(code_text: Any) -> None:
    out = code_text("Turkey threatened to respond to the incursion into its waters.")
    assert _threats(out) == {"asserted"}


def _modalities(out: Any, trigger: str) -> set[str]:
    return {e.modality for e in out.events if trigger in (e.trigger or "")}


def test_a_pledge_to_act_lies_ahead(code_text: Any) -> None:
    out = code_text("Rwanda has promised to send 500 police officers to Haiti.")
    assert _modalities(out, "promise") == {"future"}


def test_a_pledge_of_money_is_stated(code_text: Any) -> None:
    out = code_text("Japan pledged $50 million to Nepal on Friday.")
    assert _modalities(out, "pledge") == {"asserted"}


def test_an_agreement_to_hold_talks_lies_ahead(code_text: Any) -> None:
    out = code_text("Serbia and Kosovo agreed to resume negotiations on the border dispute.")
    assert _modalities(out, "agree") == {"future"}


def test_an_agreement_to_act_is_stated(code_text: Any) -> None:
    out = code_text("Serbia and Kosovo agreed to reopen the border crossing.")
    assert _modalities(out, "agree") == {"asserted"}


def test_a_scheduled_meeting_lies_ahead(code_text: Any) -> None:
    out = code_text("Ukrainian and Russian negotiators are set to hold talks in Istanbul.")
    assert {e.modality for e in out.events if e.type == "CONSULT"} == {"future"}
