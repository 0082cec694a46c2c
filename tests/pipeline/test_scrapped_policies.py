"""Scrapping one's own policy or measure takes it back (PLOVER RETREAT), as suspending or
shelving it does: "the president scrapped the pension reform", "scrapped councillors'
perks". Scrapping a pact or a deal with another state keeps the verb's own sense, a cut
in relations (SANCTION)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The president scrapped the pension reform after weeks of strikes.", "scrapped"),
    ("The governor scrapped councillors' perks after the protests.", "scrapped"),
    ("The cabinet scrapped the fuel tax on Tuesday.", "scrapped"),
])
def test_scrapping_ones_own_measure_takes_it_back(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "RETREAT"


@pytest.mark.parametrize(("text", "word"), [
    # guard: a pact with another state scrapped is a cut in relations
    ("Seoul scrapped its military pact with Tokyo.", "scrapped"),
    ("The junta scrapped defence cooperation agreements with Paris.", "scrapped"),
])
def test_scrapped_pacts_stay_cuts(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"
