"""Lexicon coverage from the annotation guide: barring entry, awards and pledges of
loyalty, leaving an organisation, flying strikes, training another's forces."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _senses(nlp: Any, text: str) -> set[str]:
    return {t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "type_"), [
    ("Aid convoys are turned back at the border.", "REJECT"),
    ("The Nobel Peace Prize was awarded to a Kenyan activist.", "SUPPORT"),
    ("Soldiers pledged loyalty to the new president.", "SUPPORT"),
    ("Georgia would leave the Commonwealth of Independent States.", "SANCTION"),
    ("Air force jets flew strikes against the ridges.", "ASSAULT"),
    ("Foreign instructors trained the national police.", "COOPERATE"),
    ("The US will lead the training of Iraqi law enforcement.", "COOPERATE"),
])
def test_guide_vocabulary(nlp: Any, text: str, type_: str) -> None:
    assert type_ in _senses(nlp, text)


def test_turning_back_without_an_object_is_no_refusal(nlp: Any) -> None:
    assert "REJECT" not in _senses(nlp, "The column turned back.")


def test_pledging_loyalty_is_no_agreement(nlp: Any) -> None:
    assert "AGREE" not in _senses(nlp, "Soldiers pledged loyalty to the new president.")
