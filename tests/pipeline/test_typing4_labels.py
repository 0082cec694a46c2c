"""Labels in wire-service quotes (typing round 4): "called the raid barbarism" and "called
the truce a constructive step" code the speaker's disapproval or praise, including the
misparses the small model makes of them."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ('The mayor called the bombing "barbarism".', "called"),
    ('The minister called the strikers "reckless thugs".', "called"),
    ("The senator called the treaty a complete and dangerous failure.", "called"),
    ("The premier called the neighbouring president a cruel and brutal man.", "called"),
    ("It was a rebellion that the king had branded treason.", "branded"),
    ("The rebels called the villagers spies and traitors.", "called"),
    ("The opposition leader calls verdict a sham", "calls"),
])
def test_disparaging_labels_accuse(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    ("The envoy called the handover a constructive step.", "called"),
    ("The prime minister called the deal a good compromise.", "called"),
    ("The chancellor called the accord a breakthrough.", "called"),
])
def test_approving_labels_support(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SUPPORT"


@pytest.mark.parametrize(("text", "word"), [
    ("The general called a significant escalation unlikely.", "called"),
    ("The spokesman called the meeting on Tuesday.", "called"),
    ("The witness who described the attack was questioned.", "described"),
])
def test_neutral_labels_are_not_coded(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) not in ("ACCUSE", "SUPPORT")


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry called the accusation baseless.", "called"),
    ("Minsk calls spying allegation 'absurd'", "calls"),
])
def test_disparaged_claims_are_denied(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "REJECT"


def test_disparaged_remarks_stay_disapproval(nlp: Any) -> None:
    assert _types(nlp, "The palace called his remarks rude and reckless.").get(
        "called") == "ACCUSE"
