"""A leader or a named person "clashing" with someone (over an issue) is a verbal dispute
(PLOVER ACCUSE), not violence; crowds, police and troops clashing fight."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_minister_clashing_with_a_neighbour_disputes(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Hungarian foreign minister clashed with his Ukrainian counterpart "
                    "over minority language rights.", title="Hungary and Ukraine at odds")
    types = {t for t, _, _ in triples(out)}
    assert "ASSAULT" not in types and "ACCUSE" in types


def test_a_bare_name_at_odds_with_a_state_over_an_issue(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Bukele, who won a second term last year, has repeatedly clashed with "
             "Washington over migration.")
    out = code_text(story, title="El Salvador courts investors")
    assert "ASSAULT" not in {t for t, _, _ in triples(out)}


def test_troops_clashing_still_fight(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Sudanese troops clashed with Ethiopian militiamen over farmland near "
                    "the border.", title="Border clash")
    assert "ASSAULT" in {t for t, _, _ in triples(out)}
