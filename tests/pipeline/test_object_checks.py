"""Trigger senses that depend on their object or frame: cutting, withdrawing, "had
better", failing to agree, and damage done by a natural hazard."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _senses(nlp: Any, text: str) -> set[str]:
    return {t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", ["Russia cut off gas supplies to Ukraine.",
                                  "Moscow cut ties with Tbilisi."])
def test_cutting_relations_or_supplies_is_a_sanction(nlp: Any, text: str) -> None:
    assert "SANCTION" in _senses(nlp, text)


@pytest.mark.parametrize("text", ["Iran will cut its stockpile of uranium by 98%.",
                                  "The coastal area has been completely cut off."])
def test_cutting_other_things_is_no_sanction(nlp: Any, text: str) -> None:
    assert "SANCTION" not in _senses(nlp, text)


def test_withdrawing_from_a_trial_is_no_retreat(nlp: Any) -> None:
    assert "RETREAT" not in _senses(nlp, "The defence lawyers withdrew from the trial.")
    assert "RETREAT" in _senses(nlp, "The troops withdrew from the town.")


def test_had_better_is_a_demand(nlp: Any) -> None:
    got = _senses(nlp, "The minister said the president had better step down.")
    assert "REQUEST" in got and "RETREAT" not in got


def test_failing_to_agree_is_no_agreement(code_text: Any) -> None:
    out = code_text("Russia cut gas supplies to Ukraine after the two sides failed to agree "
                    "on a price.")
    assert "AGREE" not in _types(out)


def test_places_hit_by_a_hazard_are_not_assaulted(code_text: Any) -> None:
    out = code_text("The United States issued travel warnings for the countries hit by "
                    "the tsunami.")
    assert "ASSAULT" not in _types(out)
