""""Among those detained were two lawmakers": a passive with its participle fronted in an
"among those" phrase reports the act done to the people named after the copula, as the
plain passive would; it is no description of people already named."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

LEAD = "Armenian police detained 284 protesters in Yerevan on Monday. "


def _in(article: ExtractedArticle, words: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None,
             e.target.country if e.target else None)
            for e in article.events if words in e.evidence.sentence]


def test_among_those_detained_is_a_detention(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _in(code_text(LEAD + "Among those detained were two opposition lawmakers."),
              "Among those")
    assert ("COERCE", "ARM", "ARM") in got


def test_among_those_released_by_a_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a guard, not the rule's spec: the inversion keeps its "by" agent (without one, the
    # story's earlier releaser is not taken up yet: USA->USA, left for a later session)
    got = _in(code_text("Russia freed five Americans on Thursday. Among those released by "
                        "Moscow were two American journalists."), "Among those")
    assert ("RETREAT", "RUS", "USA") in got


def test_among_a_named_group_is_no_inversion(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a participle on a noun ("the lawmakers detained") stays a description
    got = _in(code_text(LEAD + "Among the lawmakers detained in May were two women."),
              "Among the")
    assert not [t for t in got if t[0] == "COERCE"]
