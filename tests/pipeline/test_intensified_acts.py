"""Intensifying an act ("stepped up attacks", "intensified its shelling") is doing it."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _types(article: ExtractedArticle) -> list[str]:
    return [e.type for e in article.events]


def test_stepped_up_attacks_are_an_assault(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Police said Ruritanian troops had stepped up attacks on villages "
                        "in the north of Freedonia.")
    assert "ASSAULT" in _types(article)


def test_intensified_shelling_is_an_assault(code_text: Callable[..., ExtractedArticle]) -> None:
    assert "ASSAULT" in _types(code_text("Turkey intensified its shelling of Kurdish "
                                         "positions in Syria."))


def test_escalated_sanctions_are_a_sanction(code_text: Callable[..., ExtractedArticle]) -> None:
    assert "SANCTION" in _types(code_text("The European Union escalated sanctions against "
                                          "Iran on Monday."))


def test_stepping_up_what_is_no_act_is_no_event(
        code_text: Callable[..., ExtractedArticle]) -> None:
    assert _types(code_text("The ministry stepped up its efforts to attract tourists.")) == []
