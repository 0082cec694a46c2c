"""Trigger words that report no event of their own: a ban taking effect, a blamed cause,
withheld comment, a reporter's question, the content of an accusation, an indirect
question."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_a_ban_taking_effect_is_no_ceasefire(code_text: Any) -> None:
    out = code_text("Moscow retaliated against a French ban on its broadcasters, which took "
                    "effect on Friday.")
    assert "RETREAT" not in _types(out)


def test_a_truce_taking_effect_is_still_a_retreat(code_text: Any) -> None:
    out = code_text("A ceasefire between Armenia and Azerbaijan took effect at noon.")
    assert "RETREAT" in _types(out)


def test_blaming_a_cause_accuses_no_one(code_text: Any) -> None:
    out = code_text("Serbia, which blamed bad weather for the delay, sent the convoy to Kosovo "
                    "on Friday.")
    assert "ACCUSE" not in _types(out)


def test_blaming_a_party_is_still_an_accusation(code_text: Any) -> None:
    out = code_text("Serbia blamed Croatia for the delay at the border.")
    assert ("ACCUSE", "SRB", "HRV") in triples(out)


@pytest.mark.parametrize("text", [
    "The Turkish minister declined to say whether troops would be sent to Syria.",
    "Egypt refused to comment on the talks with Israel.",
])
def test_withholding_comment_is_no_refusal(code_text: Any, text: str) -> None:
    assert "REJECT" not in _types(code_text(text))


def test_refusing_to_discuss_is_still_a_refusal(code_text: Any) -> None:
    out = code_text("Armenia refused to discuss the border with Azerbaijan.")
    assert "REJECT" in _types(out)


def test_a_reporters_question_is_no_request(code_text: Any) -> None:
    out = code_text('"We see no reason to meet," the Iranian envoy said when asked about '
                    "a meeting with the United States.")
    assert "REQUEST" not in _types(out)


def test_being_asked_to_leave_is_still_coded(code_text: Any) -> None:
    # no reporter's question: still an act (an envoy asked to leave is expelled, see
    # test_envoys_asked_to_leave)
    out = code_text("The Russian ambassador was asked by Poland to leave the country.")
    assert {"REQUEST", "SANCTION"} & _types(out)


def test_the_content_of_an_accusation_is_no_event(code_text: Any) -> None:
    out = code_text("India accused Pakistan of sending soldiers across the border.")
    assert ("ACCUSE", "IND", "PAK") in triples(out)
    assert "MOBILIZE" not in _types(out)


def test_an_agentless_charge_keeps_the_reported_act(code_text: Any) -> None:
    out = code_text("Brazilian farmers are accused of beating a Brazilian official to death.")
    assert "ASSAULT" in _types(out)


def test_an_indirect_question_reports_no_act(code_text: Any) -> None:
    out = code_text("Italy has yet to say how many troops it will send to Lebanon.")
    assert "MOBILIZE" not in _types(out)
