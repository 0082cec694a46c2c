"""Protests named again: "the protests" as the object of something else ("said the
protests had been hijacked", "accused them of financing the protests", "referring to
the 2014 protests") are no new demonstration; protests that erupt, are joined, or are
crushed are still told as events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.triggers import find_triggers
from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize("text", [
    "The mayor imposed a curfew, saying the protests had been hijacked by gangs.",
    "He accused foreign agencies of financing and steering the protests.",
    "The minister referred to the 2014 protests in Kyiv.",
])
def test_protests_named_again_are_no_new_event(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("protests") != "PROTEST"


@pytest.mark.parametrize("text", [
    "The protests erupted on Thursday.",
    "Thousands joined the protests on Friday.",
    "The army crushed the mass protests that followed.",
])
def test_protests_told_as_events_stay(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("protests") == "PROTEST"


# "Staged" (lemmatised "stag" by the small model) holds the protests it takes as its
# object, as "held" and "joined" do; a passive "staged by" says who is behind protests
# already told.

@pytest.mark.parametrize(("text", "pair"), [
    ("Farmers staged the protests in Paris.", ("FRA", "FRA")),
    ("French farmers staged the protests in Paris on Thursday.", ("FRA", "FRA")),
    ("Students staged the demonstration outside parliament in Nairobi.", ("KEN", "KEN")),
    ("Opposition supporters staged the rally in Dhaka on Sunday.", ("BGD", "BGD")),
])
def test_protests_staged_are_held(code_text: Callable[..., ExtractedArticle], text: str,
                                  pair: tuple[str, str]) -> None:
    assert ("PROTEST", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Armenia says the protest is staged by Baku.",
    "Police said the protests had been staged by foreign agents.",
    "Farmers did not stage the protests in Paris.",
    "Did farmers stage the protests in Paris?",
    "The government said the opposition had financed the protests in Tbilisi.",
    "The theatre staged a play about the protests in Paris.",
    "The army staged the attack on the village, Nigerian officials said.",
    "The band staged the concert in Paris on Friday.",
])
def test_guard_protests_staged_by_someone_or_not_staged_are_no_new_protest(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Armenia said Baku had staged the protests to block the road.",
    "Russia staged the protests in Chisinau to topple the government, Moldova said.",
    "The government staged the protests, the opposition alleged, to justify a crackdown.",
    "The Venezuelan government staged the rallies in Caracas.",
])
def test_guard_a_state_staging_protests_orchestrates_them_and_protests_not(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))


# A passive protest with a "by" agent says who is behind protests already told, whatever
# the verb ("organised", "held" as well as "staged").

@pytest.mark.parametrize("text", [
    "Armenia says the protest was organised by Baku.",
    "Armenia says the protests were held by Baku.",
    "Armenia says the protest had been staged by Baku.",
])
def test_guard_protests_done_by_someone_told_already_are_no_new_protest(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "PROTEST" not in event_types(code_text(text))
