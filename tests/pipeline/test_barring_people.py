"""Barring people from an act restricts them (PLOVER COERCE: restrict): "barred its
citizens from leaving", "were banned from travelling". Barring them from entering or
returning to the country bars entry (PLOVER REJECT). Banning goods, or barring firms from
trading, keeps the verb's sanction sense."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The government barred foreign nationals from leaving the country.", "barred"),
    ("Opposition leaders were banned from travelling abroad.", "banned"),
    ("The court banned forty party officials from holding office.", "banned"),
])
def test_people_barred_from_an_act_are_restricted(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry barred the visiting judge from re-entering the country.", "barred"),
    ("Ten lawmakers were banned from entering the kingdom.", "banned"),
])
def test_people_barred_from_entering_are_refused_entry(nlp: Any, text: str,
                                                       word: str) -> None:
    assert _types(nlp, text).get(word) == "REJECT"


@pytest.mark.parametrize(("text", "word"), [
    ("The regulator barred state firms from buying the company's chips.", "barred"),
    ("The government banned exports of rare metals to its rival.", "banned"),
])
def test_trade_bans_stay_sanctions(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"
