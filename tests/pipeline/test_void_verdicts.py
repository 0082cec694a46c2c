"""A verdict that an agreement, vote or ruling is "null and void" refuses it (PLOVER
REJECT), and calling another's decision "unwarranted" disapproves of it (ACCUSE).
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_a_ruling_said_to_be_null_and_void_is_refused(nlp: Any) -> None:
    got = readings(nlp, "Beijing said the ruling by the tribunal was null and void.")
    assert got.get("null") == "REJECT"


def test_an_accord_declared_null_and_void_is_refused(nlp: Any) -> None:
    got = readings(nlp, "Ankara declared the maritime accord null and void on Monday.")
    assert got.get("null") == "REJECT"


def test_a_decision_called_unwarranted_is_disapproved(code_text: Any) -> None:
    out = code_text("Egypt's foreign minister called the British decision hasty and "
                    "unwarranted.")
    assert ("ACCUSE", "EGY", "GBR") in triples(out)


def test_guard_a_verdict_denied_refuses_nothing(nlp: Any) -> None:
    got = readings(nlp, "The court said the contract was not null and void.")
    assert "null" not in got


def test_guard_null_alone_is_no_verdict(nlp: Any) -> None:
    got = readings(nlp, "The result of the count was null.")
    assert "null" not in got


def test_guard_a_decision_called_warranted_is_no_accusation(code_text: Any) -> None:
    out = code_text("Egypt's foreign minister called the British decision warranted.")
    assert ("ACCUSE", "EGY", "GBR") not in triples(out)
