"""Headline-ese drops "were" in a headline's second clause too: in "Chile rejects
Argentine demands after Chileans killed in Mendoza" the Chileans are the victims of a
killing, not its doers."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

BODY = "The two neighbours have argued over the border for weeks."


def test_victims_in_a_headline_after_clause_are_the_target(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY, title="Chile rejects Argentine demands for compensation "
                                         "after Chileans killed in Mendoza"))
    assert ("ASSAULT", "ARG", "CHL") in got
    assert ("ASSAULT", "CHL", "ARG") not in got


def test_a_headline_killing_with_an_object_stays_active(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: "troops killed two farmers" names its doer and its victims
    got = triples(code_text(BODY, title="Chile says Argentine troops killed two "
                                         "Chilean farmers near Mendoza"))
    assert ("ASSAULT", "ARG", "CHL") in got


def test_a_reported_headline_toll_keeps_the_other_side_as_doer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the root-level reading already held for "X says N killed in clash with Y"
    got = triples(code_text(BODY, title="Japan says two sailors killed in clash with "
                                         "Chinese coast guard"))
    assert ("ASSAULT", "CHN", "JPN") in got
