"""Approving or signing a measure enacts it: the event is the measure's own type
("parliament approved a state of emergency" is COERCE, "the president signed pardons for
the prisoners" CONCEDE), not an endorsement (SUPPORT). Approving or signing a deal stays
verbal cooperation (SUPPORT, or AGREE by the verb's object table)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The assembly approved a state of emergency in the northern provinces.", "approved",
     "COERCE"),
    ("The president signed pardons for the two jailed journalists.", "signed", "CONCEDE"),
])
def test_an_approved_measure_is_the_measure(nlp: Any, text: str, word: str,
                                            expected: str) -> None:
    assert _types(nlp, text).get(word) == expected


@pytest.mark.parametrize("text", [
    "The cabinet approved the trade agreement with Chile.",
    "The two leaders signed a joint declaration on Friday.",
])
def test_an_approved_deal_stays_verbal_cooperation(nlp: Any, text: str) -> None:
    verb = "approved" if "approved" in text else "signed"
    assert _types(nlp, text).get(verb) in ("SUPPORT", "AGREE")
