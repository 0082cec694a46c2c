"""Joining a regional bloc, union or alliance is cooperation with its members."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _types(article: ExtractedArticle) -> list[str]:
    return [e.type for e in article.events]


def test_joining_a_bloc_is_cooperation(code_text: Callable[..., ExtractedArticle]) -> None:
    types = _types(code_text("Bolivia and Ecuador joined the regional trade bloc on "
                             "Monday."))
    assert "COOPERATE" in types


def test_a_promise_to_join_a_union_is_an_agreement(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Chile will join the customs union next year.")
    assert [e.type for e in article.events if e.source and e.source.country == "CHL"] == [
        "AGREE"]


def test_refusing_to_join_the_community_is_a_rejection(
        code_text: Callable[..., ExtractedArticle]) -> None:
    assert "REJECT" in _types(code_text("Guyana will not join the community."))


def test_a_player_joining_a_club_is_no_event(code_text: Callable[..., ExtractedArticle]) -> None:
    assert _types(code_text("The striker will join the club next season.")) == []
