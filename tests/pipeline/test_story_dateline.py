"""The story's dateline ("OSLO (newswire) -") is where the whole story is told from: the
headline and standfirst above it share it with the body, and a dateline the sentencizer
cut off into a segment of its own is still a dateline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.qualifiers import DATELINE
from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday


def _places(out: ExtractedArticle, event_type: str) -> set[str | None]:
    return {e.location.country if e.location else None for e in out.events
            if e.type == event_type}


def test_a_dateline_alone_in_its_segment_is_a_dateline() -> None:
    m = DATELINE.match("OSLO (newswire) -")
    assert m is not None and m.group(1) == "OSLO"


def test_a_hyphenated_capital_word_opening_a_sentence_is_no_dateline() -> None:
    assert DATELINE.match("NATO-led troops withdrew from the town.") is None


def test_a_standfirst_deal_above_the_dateline_is_at_the_dateline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya and Somalia reached an agreement on Thursday to reopen their "
                    "border.\n\nOSLO (newswire) - The talks lasted two days.",
                    title="Neighbours settle border row", published=PUB)
    assert _places(out, "AGREE") == {"NOR"}


def test_a_standfirst_deal_without_a_dateline_keeps_the_party_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya and Somalia reached an agreement on Thursday to reopen their "
                    "border.\n\nThe talks lasted two days.",
                    title="Neighbours settle border row", published=PUB)
    assert "NOR" not in _places(out, "AGREE")
    assert _places(out, "AGREE") & {"KEN", "SOM"}


def test_a_dateline_qualified_by_its_country_is_that_countrys_namesake(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # Tripoli alone is Libya's capital; "TRIPOLI, Lebanon" is the Lebanese port
    out = code_text("Kenya and Somalia reached an agreement on Thursday to reopen their "
                    "border.\n\nTRIPOLI, Lebanon (newswire) - The talks lasted two days.",
                    title="Neighbours settle border row", published=PUB)
    assert _places(out, "AGREE") == {"LBN"}


def test_a_month_after_the_dateline_city_is_no_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Kenya and Somalia reached an agreement on Thursday to reopen their "
                    "border.\n\nOSLO, March 13 (newswire) - The talks lasted two days.",
                    title="Neighbours settle border row", published=PUB)
    assert _places(out, "AGREE") == {"NOR"}


def test_the_police_of_a_qualified_dateline_are_that_countrys(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("TRIPOLI, Lebanon (newswire) - Police arrested 40 protesters on Monday.",
                    published=PUB)
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "COERCE"} == {("LBN", "LBN")}


def test_the_police_acting_in_a_qualified_city_are_that_countrys(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police arrested 40 protesters in Tripoli, Lebanon, on Monday.",
                    published=PUB)
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "COERCE"} == {("LBN", "LBN")}


def _coerce_pairs(out: ExtractedArticle) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "COERCE"}


def test_a_us_state_named_like_a_country_is_the_states_in_a_dateline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "ATLANTA, Georgia": Atlanta is no city of the Caucasus country; the state is Georgia's
    out = code_text("ATLANTA, Georgia (newswire) - Police arrested 12 protesters outside "
                    "the state capitol on Monday.", published=PUB)
    assert _coerce_pairs(out) == {("USA", "USA")}
    assert _places(out, "COERCE") == {"USA"}


def test_a_us_state_named_like_a_country_is_the_states_in_a_sentence(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Athens, Georgia" is the US town (Athens alone is Greece's capital)
    out = code_text("Police arrested 12 protesters in Athens, Georgia, on Monday.",
                    published=PUB)
    assert _places(out, "COERCE") == {"USA"}


def test_a_city_of_the_country_georgia_keeps_the_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("TBILISI, Georgia (newswire) - Police arrested 12 protesters on Monday.",
                    published=PUB)
    assert _coerce_pairs(out) == {("GEO", "GEO")}
    out = code_text("Russian troops attacked Georgian soldiers near Gori, Georgia, on Monday.",
                    published=PUB)
    assert _places(out, "ASSAULT") == {"GEO"}


def test_a_country_opening_a_clause_after_a_city_is_the_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("In Atlanta, Georgia said it would expel two Russian diplomats.",
                    published=PUB)
    assert ("GEO", "RUS") in {(e.source.country if e.source else None,
                               e.target.country if e.target else None) for e in out.events}


# A region after a city's comma is read even when a preposition follows it, and a region
# that is no country's name too ("Paris, Texas"): the city of that name in the region's
# country, where the gazetteer knows one.

@pytest.mark.parametrize(("text", "place"), [
    ("Police arrested 12 protesters in Athens, Georgia on Monday.", "USA"),
    ("Police arrested 12 protesters in Paris, Texas on Monday.", "USA"),
    ("Police arrested 12 protesters in Birmingham, Alabama on Monday.", "USA"),
    ("Police arrested 12 protesters in Florence, Alabama on Monday.", "USA"),
    ("Police arrested 12 protesters in London, Ontario on Monday.", "CAN"),
    ("Police arrested 12 protesters in Hyderabad, Sindh on Monday.", "PAK"),
])
def test_a_city_before_its_region_is_the_regions_city(
        code_text: Callable[..., ExtractedArticle], text: str, place: str) -> None:
    assert _places(code_text(text, published=PUB), "COERCE") == {place}


@pytest.mark.parametrize(("text", "place"), [
    ("Police arrested 12 protesters in Athens on Monday.", "GRC"),
    ("Police arrested 12 protesters in Birmingham on Monday.", "GBR"),
    ("Police arrested 12 protesters in Athens, Greece on Monday.", "GRC"),
    ("Police arrested 12 protesters in Florence, Italy on Monday.", "ITA"),
    ("Police arrested 12 protesters in Hyderabad, India on Monday.", "IND"),
    ("Police arrested 12 protesters in Tbilisi, Georgia on Monday.", "GEO"),
    ("Police arrested 12 protesters in Lagos, Nigeria on Monday.", "NGA"),
    ("Taliban police arrested 12 protesters in Kabul, Kandahar and Herat on Monday.",
     "AFG"),
])
def test_guard_a_city_alone_or_before_its_country_or_a_list_keeps_its_place(
        code_text: Callable[..., ExtractedArticle], text: str, place: str) -> None:
    assert _places(code_text(text, published=PUB), "COERCE") == {place}


def test_guard_a_capital_after_a_comma_is_no_region(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Washington" is a US state too, but a capital in a list of capitals names the state
    out = code_text("Police arrested 12 protesters in Moscow, Washington and Kyiv on Monday.",
                    published=PUB)
    assert "USA" not in {e.location.country for e in out.events
                         if e.type == "COERCE" and e.location and "Moscow" in e.location.text}


@pytest.mark.parametrize(("text", "place"), [
    ("In Athens, Georgia on Monday signed a defence agreement with Greece.", "GRC"),
    ("In Paris, Georgia on Friday condemned the Russian strikes.", "FRA"),
    ("In Vienna, Georgia on Thursday rejected the EU's conditions.", "AUT"),
    ("In Moscow, Georgia on Monday protested to Russia over the border incident.", "RUS"),
    ("Speaking in Rome, Georgia on Tuesday asked Italy for support.", "ITA"),
])
def test_guard_a_country_opening_a_lede_after_a_city_is_no_region(
        code_text: Callable[..., ExtractedArticle], text: str, place: str) -> None:
    # "In CITY, COUNTRY on DAY VERB": Georgia, a US state's name too, is the acting state
    out = code_text(text, published=PUB)
    assert {e.location.country for e in out.events if e.location} == {place}


@pytest.mark.parametrize(("text", "pair"), [
    ("In Athens, Texas on Monday, police arrested a man.", ("USA", "USA")),
    ("In Paris, Texas, police arrested a man on Monday.", ("USA", "USA")),
    ("In Hyderabad, Sindh, police detained ten men.", ("PAK", "PAK")),
    # guards: a city alone or before its own country keeps its country
    ("In Athens, police arrested a man on Monday.", ("GRC", "GRC")),
    ("In Tbilisi, Georgia, police arrested a man on Monday.", ("GEO", "GEO")),
])
def test_police_of_an_opening_city_are_its_regions_countrys(
        code_text: Callable[..., ExtractedArticle], text: str, pair: tuple[str, str]) -> None:
    # the opening place read as the event's place ("Athens, Texas") sets its people too
    out = code_text(text, published=PUB)
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in out.events if e.type == "COERCE"} == {pair}
