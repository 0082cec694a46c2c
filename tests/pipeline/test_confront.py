"""'Prepares to confront X' readies forces; 'vowed to confront X' threatens; a bare
'confronted' is no event of its own."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _types(article: ExtractedArticle) -> list[str]:
    return [e.type for e in article.events]


def test_preparing_to_confront_is_mobilization(code_text: Callable[..., ExtractedArticle]) -> None:
    assert "MOBILIZE" in _types(code_text("Uganda is preparing to confront Kenya on the "
                                          "border."))


def test_vowing_to_confront_is_a_threat(code_text: Callable[..., ExtractedArticle]) -> None:
    assert "THREATEN" in _types(code_text("The Ugandan army vowed to confront Kenya."))


def test_a_bare_confrontation_is_no_event(code_text: Callable[..., ExtractedArticle]) -> None:
    assert _types(code_text("Police confronted the protesters in Kampala.")) == []
