"""An appeal to a legislature, a court or prosecutors that the text gives no country is
addressed to the appealing side's own: a state's politicians appeal to their own
parliament and justice, and news names the country of a foreign one. (Not the other
party of a two-party story, which a recipient sharing its source's country becomes.)"""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Chile recalls envoy from Peru"
STORY = ("Chile recalled its ambassador from Peru on Monday after a border dispute. "
         "Chile condemned Peru. Peru rejected the criticism from Chile. ")


def test_a_president_urging_lawmakers_addresses_his_own_legislature(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile's president urged lawmakers to approve the "
                            "budget on Tuesday.", title=TITLE))
    assert ("REQUEST", "CHL", "CHL") in got
    assert ("REQUEST", "CHL", "PER") not in got


def test_a_president_calling_on_prosecutors_addresses_his_own_justice(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile's president called on prosecutors to "
                            "investigate the protest leaders.", title=TITLE))
    assert ("REQUEST", "CHL", "CHL") in got
    assert ("REQUEST", "CHL", "PER") not in got


def test_a_named_foreign_legislature_keeps_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile's president urged Peruvian lawmakers to reject "
                            "the treaty.", title=TITLE))
    assert ("REQUEST", "CHL", "PER") in got
    assert ("REQUEST", "CHL", "CHL") not in got


def test_an_appeal_to_the_other_party_is_still_aimed_at_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile's president urged the government to withdraw "
                            "its troops.", title=TITLE))
    assert ("REQUEST", "CHL", "PER") in got


def test_a_warning_told_to_parliament_is_still_aimed_at_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chile's president warned parliament that Chile would "
                            "take measures if Peru did not change course.", title=TITLE))
    assert ("THREATEN", "CHL", "PER") in got
    assert ("THREATEN", "CHL", "CHL") not in got


UKR_STORY = ("Russian forces shelled Kharkiv on Monday. Ukraine condemned Russia. Russia "
             "rejected the criticism from Ukraine. ")


def test_a_named_foreign_chamber_is_not_the_appealing_side_s_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    for appeal in ("Zelenskiy urged Congress to approve the aid package.",
                   "Zelenskiy urged the Senate to pass the aid bill."):
        assert ("REQUEST", "UKR", "UKR") not in triples(code_text(UKR_STORY + appeal))


def test_an_envoy_urging_parliament_addresses_his_host_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(UKR_STORY + "The U.S. ambassador urged parliament to ratify "
                            "the agreement."))
    assert ("REQUEST", "USA", "USA") not in got


def test_a_court_in_a_demanded_clause_is_not_addressed_as_the_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(UKR_STORY + "Russia demanded that the court release the "
                            "detained sailors."))
    assert ("REQUEST", "RUS", "RUS") not in got


def test_a_president_urging_parliament_addresses_his_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(UKR_STORY + "Ukraine's president urged parliament to extend "
                            "martial law."))
    assert ("REQUEST", "UKR", "UKR") in got


def test_a_chamber_s_rejection_with_no_recipient_is_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the legislators class holds the chambers too (implied_recipients' domestic test)
    got = triples(code_text(STORY + "The Chilean parliament rejected the agreement on "
                            "Tuesday.", title=TITLE))
    assert ("REJECT", "CHL", "CHL") in got
    assert ("REJECT", "CHL", "PER") not in got
