"""Offers stated as readiness (typing round 4): "ready for a prisoner swap", "willing to
hold talks" are offers (AGREE), "not ready to hold talks" a refusal; readiness to fight
stays a threat."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.event_filters import screen
from pipeline.triggers import find_triggers


def _readings(nlp: Any, text: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for sent in nlp(text).sents:
        trigs = find_triggers(sent)
        verbal = {t.token.i: t.sense.type for t in trigs if not t.nominal}
        for t in trigs:
            reading = screen(t, trigs, verbal, unaccused=frozenset())
            out[t.token.text] = reading.event_type if reading is not None else None
    return out


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The rebel commander said Kabul was ready for a full prisoner swap.", "swap", "AGREE"),
    ("The premier said she was willing to hold talks with the unions.", "talks", "AGREE"),
    ("The minister said Lima was not ready to hold talks with the miners.", "talks",
     "REJECT"),
])
def test_readiness_for_cooperation_is_an_offer(nlp: Any, text: str, word: str,
                                               type_: str) -> None:
    assert _readings(nlp, text).get(word) == type_


def test_readiness_to_fight_stays_a_threat(nlp: Any) -> None:
    assert _readings(nlp, "The general said his men were ready to fight.").get(
        "fight") == "THREATEN"
