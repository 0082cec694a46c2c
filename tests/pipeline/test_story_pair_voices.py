"""An unplaced voice in a story between two countries: a party or organisation the story
gives no country, speaking of its own country's affairs, is the home side's (the
dateline's country of the pair); one aimed at a side's named state is left uncoded, as it
may be either side's. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Serbia accuses Kosovo over border clash"
LEAD = ("BELGRADE, May 3 (newswire) - Serbia accused Kosovo on Monday of provoking a clash "
        "on the border. Kosovo rejected the charge. ")


def test_a_voice_on_home_affairs_is_the_datelines_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "The Zeleni Front accused the ruling party of rigging the vote.",
                    title=TITLE)
    assert ("ACCUSE", "SRB", "SRB") in triples(out), out.events


def test_a_voice_aimed_at_a_named_side_stays_uncoded(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # either side's voice (or a third party's) may accuse Pristina
    out = code_text(LEAD + "The Zeleni Front accused Pristina of lying.", title=TITLE)
    assert not [e for e in out.events if e.evidence.sentence_index == 3], out.events


def test_guard_a_side_named_by_a_place_in_the_clause_stays_uncoded(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "in Pristina" names the other side as the place of the accused
    out = code_text(LEAD + "The Zeleni Front accused the government in Pristina of lying.",
                    title=TITLE)
    assert ("ACCUSE", "SRB", "SRB") not in triples(out), out.events


def test_guard_a_people_or_faith_is_no_party_voice(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "Muslims" is no party or organisation of the home side
    out = code_text(LEAD + "Muslims condemned the violence and called for calm.",
                    title=TITLE)
    assert not [e for e in out.events if e.evidence.sentence_index == 3
                and e.source is not None and e.source.country == "SRB"], out.events
