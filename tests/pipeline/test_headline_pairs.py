"""A headline that names two countries as the parties of its news ("Portugal recalls
envoy from Brazil") makes them the story's pair even when the body names the second
country only a third as often as the first (whose ministries and officials are named at
every turn). A country named only in the headline's side story ("... as X presses Y")
or a body ("UN sanctions") does not count. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import story_parties

BODY = ("Portugal recalled its ambassador from Brazil on Sunday. "
        "Portugal's foreign minister said Portugal was deeply offended by the remarks. "
        "Portugal's government held an emergency meeting on Monday. "
        "Portugal's president spoke to reporters. "
        "Portugal's parliament debated the matter for three hours. "
        "Portugal's opposition backed the minister. "
        "Portugal's ambassador returned to Lisbon on Tuesday. "
        "Portugal's prime minister cancelled a trip abroad. "
        "Brazil's president said Brazil would not apologise.")



def test_a_headline_naming_both_countries_makes_the_pair(nlp: Any) -> None:
    focus, pair = story_parties(nlp, "Portugal recalls envoy from Brazil over remarks", BODY)
    assert focus == "PRT"
    assert pair is not None and set(pair) == {"PRT", "BRA"}


def test_guard_a_country_in_the_headlines_side_story_is_no_party(nlp: Any) -> None:
    # guard: Brazil is named only after "as", in the side story of the headline
    _, pair = story_parties(nlp, "Portugal recalls envoy as Brazil holds election", BODY)
    assert pair is None


def test_guard_a_second_country_the_headline_leaves_out_needs_half(nlp: Any) -> None:
    # guard: without the headline the bar stays at half the first country's mentions
    _, pair = story_parties(nlp, "Portugal recalls its envoy over remarks", BODY)
    assert pair is None
