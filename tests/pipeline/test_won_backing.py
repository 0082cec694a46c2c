"""'X won the backing of Y': Y does the backing and X receives it; the "of" phrase is
the source, not a recipient."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _support(article: ExtractedArticle) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in article.events if e.type == "SUPPORT"]


def test_won_the_backing_of(code_text: Callable[..., ExtractedArticle]) -> None:
    assert _support(code_text("The Kenyan plan won the backing of the Ugandan "
                              "government.")) == [("UGA", "KEN")]


def test_secured_the_endorsement_of(code_text: Callable[..., ExtractedArticle]) -> None:
    assert ("TZA", "KEN") in _support(code_text(
        "Kenya secured the endorsement of Tanzania for the new trade plan."))
