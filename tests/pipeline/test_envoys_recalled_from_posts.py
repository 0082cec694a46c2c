"""A recalled envoy's post names the country the recall is aimed at: "recalled its
ambassadors to Peru and Bolivia" is one recall from each country the envoys serve in,
whatever the story's other party; an envoy of another state ("expelled the Chilean
ambassador to Peru") is no envoy of the expelling state's own post."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _recalls(got: set) -> set:
    return {(s, t) for ty, s, t in got if ty == "SANCTION"}


def test_envoys_to_two_countries_are_recalled_from_each(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Chile said on Monday that Peru had broken a fishing accord. Chile on Tuesday "
        "recalled its ambassadors to Peru and Bolivia for consultations.",
        title="Chile recalls envoys in fishing row"))
    assert {("CHL", "PER"), ("CHL", "BOL")} <= _recalls(got)


def test_headline_envoys_to_two_countries(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The move followed a row over a submarine contract.",
                            title="Chile recalls ambassadors to Peru and Bolivia"))
    assert {("CHL", "PER"), ("CHL", "BOL")} <= _recalls(got)


def test_one_envoy_to_a_capital(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Chile said on Monday that Peru had broken a fishing accord. Chile also recalled "
        "its ambassador to Quito on Tuesday.", title="Chile recalls envoy"))
    assert ("CHL", "ECU") in _recalls(got)



def test_own_envoys_to_two_countries(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Chile said on Monday that Peru had broken a fishing accord. Santiago had already "
        "recalled its own ambassadors to Ecuador and Bolivia on Monday.",
        title="Chile recalls envoys in fishing row"))
    assert {("CHL", "ECU"), ("CHL", "BOL")} <= _recalls(got)


def test_the_home_capital_an_envoy_is_recalled_to_is_no_post(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "to Tehran" is where the envoy goes, the recalling state's own capital: no recall
    # of Iran by Iran beside the recall from France
    got = _recalls(triples(code_text(
        "Iran said France had insulted the Iranian people. Iran recalled its ambassador "
        "from Paris to Tehran for consultations.")))
    assert got == {("IRN", "FRA")}, got
