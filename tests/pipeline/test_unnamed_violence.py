"""Killings that name no agent: in a country's own unrest or war they are that country's
own violence (source and recipient the same country); a killing "in the X strikes" is the
striker's."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Bolivian police clash with miners"
STORY = ("Bolivian police fired tear gas at striking miners in La Paz on Monday. The Bolivian "
         "government said the strike was illegal. ")


def pairs(out: ExtractedArticle, words: str) -> list[tuple[str | None, str | None]]:
    """(source, target) countries of the ASSAULT events of the sentence with ``words``."""
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and words in e.evidence.sentence]


def test_agentless_killing_in_domestic_unrest_is_the_country_s_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "At least nine people have been killed since the strike began.",
                    title=TITLE)
    assert pairs(out, "nine people") == [("BOL", "BOL")]


def test_fighting_that_kills_is_no_one_s_named_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The fighting has killed at least 14 people, according to the "
                    "ombudsman.", title=TITLE)
    assert pairs(out, "14 people") == [("BOL", "BOL")]


def test_killed_in_a_nation_s_strikes_is_that_nation_s_attack(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Armenia accused Azerbaijan of violating the truce. Azerbaijan said Armenia "
             "had fired first. Armenian officials said 12 civilians were killed in "
             "Azerbaijani artillery strikes on Tuesday.")
    out = code_text(story, title="Armenia and Azerbaijan trade fire")
    assert pairs(out, "12 civilians") == [("AZE", "ARM")]
