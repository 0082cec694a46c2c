"""Scrapping a trip, a visit or a meeting cancels it (PLOVER REJECT: cancelling meetings,
as "cancel" and "call off" are), no reduction of relations. Scrapping a pact, a subsidy
or a rule keeps the verb's other readings (pacts: the gold codes them either way)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_trip_scrapped(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Mexico's president scraps Washington trip over wall dispute")
    assert ("REJECT", "MEX", "USA") in triples(article)
    assert ("SANCTION", "MEX", "USA") not in triples(article)


def test_visit_scrapped(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Brazil's foreign minister scrapped a visit to Caracas planned "
                        "for Friday.")
    assert ("REJECT", "BRA", "VEN") in triples(article)


# Guards (pass before and after).

def test_guard_other_things_scrapped(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Kenya scrapped visa requirements for African visitors.",
                 "The government scrapped a fuel subsidy after protests in Lagos.",
                 "Hungary scrapped the referendum after criticism from Brussels.",
                 "The club scrapped its pre-season trip to Asia because of the "
                 "pandemic."):
        assert "REJECT" not in {t for t, _, _ in triples(code_text(text))}, text
