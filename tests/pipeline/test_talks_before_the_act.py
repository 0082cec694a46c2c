"""Talks or a meeting named as what came before an act ("agreed ... after ten hours of
talks", "after a tense meeting") were held by the parties that act: the consultation is
coded between them, not dropped as a bare adjunct."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on Thursday to reopen the border after more than ten hours of "
    "talks in Lima.",
    "The presidents of Chile and Peru agreed on Thursday to reopen the border, after a "
    "tense meeting in Lima.",
])
def test_talks_before_an_agreement(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("CONSULT", "CHL", "PER") in got or ("CONSULT", "PER", "CHL") in got


def test_other_adjunct_events_stay_unreported(code_text: Any) -> None:
    got = triples(code_text("Chile and Peru agreed to reopen the border despite the "
                            "fighting in the north."))
    assert not any(t == "ASSAULT" for t, _, _ in got)


@pytest.mark.parametrize(("text", "pair"), [
    # talks that name only the other party were held by the subject of the act after them
    ("Russia agreed to a truce after talks with Turkey.", ("RUS", "TUR")),
    ("US marines left Somalia after talks with Kenya.", ("USA", "KEN")),
])
def test_talks_with_a_party_before_an_act_are_its_doers(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert ("CONSULT", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Russia agreed to a truce despite talks with Turkey.",
    "The minister left Beijing after talks with Chinese officials were cancelled.",
])
def test_no_talks_held_by_the_subject_without_before_or_after(
        code_text: Any, text: str) -> None:
    assert ("CONSULT", "RUS", "TUR") not in triples(code_text(text))
