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
