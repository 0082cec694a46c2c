""""Croatian riot police fired tear gas ... Police said they had detained 30 people": news
names the nationality of a story's police once, then says "police". In a
story about two countries, bare police are the side whose police the story
has named by nationality, not the country it is mostly about. Sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _in(out: ExtractedArticle, words: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded from the sentence containing words."""
    return {(e.type, e.source.country if e.source else None,
             e.target.country if e.target else None)
            for e in out.events if words in e.evidence.sentence}

TITLE = "Slovenian riot police fire tear gas at migrants on Croatian border"
# Croatia is named more often than Slovenia: it is the story's focus.
STORY = ("Slovenian riot police fired tear gas at migrants on the border with Croatia on "
         "Tuesday. Croatia said the migrants had crossed from Croatia. Croatia's prime "
         "minister said Croatia would not accept the migrants back. Slovenia accused "
         "Croatia of sending buses to the border. Croatia protested to Slovenia, and "
         "Slovenia defended its actions. ")


def test_bare_police_are_the_side_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _in(code_text(
        STORY + "Police said they had detained 30 people over the violence.",
        title=TITLE, published="2015-09-16"), "detained 30")
    assert any(t == "COERCE" and s == "SVN" for t, s, _ in got)
    assert not any(t == "COERCE" and s == "HRV" for t, s, _ in got)


def test_police_attacked_are_the_side_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = _in(code_text(
        STORY + "Some in the crowd threw stones at police.",
        title=TITLE, published="2015-09-16"), "threw stones")
    assert any(t == "ASSAULT" and g == "SVN" for t, _, g in got)
    assert not any(t == "ASSAULT" and g == "HRV" for t, _, g in got)


def test_police_of_two_named_sides_stay_unresolved_by_this_rule(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # both sides' police named: the earlier mentions decide nothing
    got = _in(code_text(
        STORY + "Croatian police escorted the buses. Police said they had detained 30 "
        "people.", title=TITLE, published="2015-09-16"), "detained 30")
    assert not any(t == "COERCE" and s == "SVN" for t, s, _ in got)
