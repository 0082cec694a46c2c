""""Talks mediated by X", "a truce brokered by X", "the summit was hosted by X": PLOVER
codes the go-between's own dealings with each party to what it brokered (CONSULT from
the mediator to each party), never with a fellow mediator."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_mediator_of_talks_consults_each_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Eritrea accused Ethiopia of massing troops on the border. Ethiopia denied the "
        "charge. The two neighbours agreed to a prisoner exchange on Monday after three "
        "rounds of talks mediated by Kenya and Turkey.",
        title="Eritrea and Ethiopia agree prisoner exchange"))
    assert {("CONSULT", "KEN", "ERI"), ("CONSULT", "KEN", "ETH"),
            ("CONSULT", "TUR", "ERI"), ("CONSULT", "TUR", "ETH")} <= got
    assert ("CONSULT", "KEN", "TUR") not in got


def test_brokered_truce_in_one_country_story_is_with_that_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Fighting between rival militias shook the Libyan capital Tripoli for a third day "
        "on Sunday. A three-day truce brokered by Algeria took effect at midnight, "
        "residents said.",
        title="Libyan militias clash in Tripoli"))
    assert ("CONSULT", "DZA", "LBY") in got


def test_deal_passively_brokered_by_a_mediator(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Colombia and Venezuela agreed on Friday to reopen their border crossings. The deal "
        "was brokered by Brazil after weeks of contacts.",
        title="Colombia, Venezuela agree to reopen border"))
    assert ("CONSULT", "BRA", "COL") in got
    assert ("CONSULT", "BRA", "VEN") in got
